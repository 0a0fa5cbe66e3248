# POSITIVE: two inner functions call each other (is_even/is_odd) through closure cells: both functions form one cycle.
import gc


def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n)


gc.collect()
parity(4)
parity(5)
print("collected", gc.collect())
