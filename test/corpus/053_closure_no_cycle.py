# NEGATIVE: an inner function captures plain values (not itself, not a container holding it): refcount frees it.
import gc


def make(base):
    step = 2

    def add(x):
        return x + base + step
    return add(1)


gc.collect()
for i in range(5):
    make(i)
print("collected", gc.collect())
