# NEGATIVE: recursion through a default-argument binding instead of a closure: no cell refers back to the function.
import gc


def fact(n, _self=None):
    return 1 if n <= 1 else n * (_self or fact)(n - 1)


def make():
    def inner(n, scale=10):
        return n * scale
    return inner(2) + fact(4)


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
