# NEGATIVE: the caught exception is returned to the caller, which drops it: the traceback chain is not a cycle.
import gc


def attempt():
    try:
        raise ValueError("bad")
    except ValueError as e:
        return e


def use():
    exc = attempt()
    return str(exc)


gc.collect()
use()
use()
print("collected", gc.collect())
