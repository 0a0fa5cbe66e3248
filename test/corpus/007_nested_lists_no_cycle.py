# NEGATIVE: nested lists and dicts without any back reference are freed by reference counting: collect returns 0.
import gc


def make():
    rows = [[i, i * 2] for i in range(10)]
    index = {"rows": rows, "first": rows[0]}
    return len(index)


gc.collect()
for _ in range(5):
    make()
print("collected", gc.collect())
