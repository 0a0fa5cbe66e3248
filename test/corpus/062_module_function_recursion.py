# NEGATIVE: a module-level recursive function refers to itself through globals, not a cell: nothing to collect.
import gc


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


gc.collect()
for _ in range(5):
    depth(10)
print("collected", gc.collect())
