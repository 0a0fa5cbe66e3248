# NEGATIVE: generators consumed by sum() and dropped suspended, none referring to itself: refcount frees them all.
import gc


def numbers(n):
    for i in range(n):
        yield i


def use():
    total = sum(numbers(5))
    g = numbers(3)
    next(g)
    return total


gc.collect()
use()
use()
print("collected", gc.collect())
