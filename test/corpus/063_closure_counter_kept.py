# NEGATIVE: a counter closure returned and kept at module level is live (its cell holds an int): collect returns 0.
import gc


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


tick = counter()
tick()
tick()
print("collected", gc.collect())
