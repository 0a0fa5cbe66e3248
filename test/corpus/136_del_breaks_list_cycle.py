# NEGATIVE: del lst[-1] removes the self reference before the function ends: reference counting frees each list.
import gc


def make():
    lst = [1, 2]
    lst.append(lst)
    del lst[-1]


gc.collect()
for _ in range(5):
    make()
print("collected", gc.collect())
