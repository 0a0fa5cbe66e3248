# POSITIVE: a lambda that refers to its own name through a closure cell: function -> closure tuple -> cell -> function.
import gc


def make():
    countdown = lambda n: 0 if n == 0 else countdown(n - 1)
    return countdown(3)


gc.collect()
make()
make()
print("collected", gc.collect())
