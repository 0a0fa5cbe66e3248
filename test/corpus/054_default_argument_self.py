# POSITIVE: an inner function's mutable default dict is made to hold the function: function -> defaults -> dict -> function.
import gc


def make():
    def memo(n, seen={}):
        seen[n] = n
        return n
    memo.__defaults__[0]["fn"] = memo
    return memo(1)


gc.collect()
make()
make()
print("collected", gc.collect())
