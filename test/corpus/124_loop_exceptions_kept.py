# POSITIVE: 2000 calls each keep a caught exception in a local (err = e): frame and traceback cycles in a loop.
import gc


def attempt(i):
    err = None
    try:
        raise ValueError(i)
    except ValueError as e:
        err = e
    return err is not None


for i in range(2000):
    attempt(i)
print("explicit", gc.collect())
