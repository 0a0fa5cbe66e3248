# POSITIVE: a recursive inner function refers to itself through its closure cell: function, cell and tuple per call.
import gc


def total(values):
    def walk(i):
        if i == len(values):
            return 0
        return values[i] + walk(i + 1)
    return walk(0)


gc.collect()
for _ in range(4):
    total([1, 2, 3])
print("collected", gc.collect())
