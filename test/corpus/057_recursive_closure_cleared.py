# NEGATIVE: a recursive inner function's name is rebound to None before return, which empties the cell: no cycle.
import gc


def total(values):
    def walk(i):
        return 0 if i == len(values) else values[i] + walk(i + 1)
    result = walk(0)
    walk = None
    return result


gc.collect()
for _ in range(4):
    total([1, 2])
print("collected", gc.collect())
