# POSITIVE: 3000 calls each leave a recursive inner function cycle (function, cell, closure tuple).
import gc


def run(n):
    def loop(k):
        return 0 if k == 0 else loop(k - 1)
    return loop(n)


for i in range(3000):
    run(2)
print("explicit", gc.collect())
