# POSITIVE: sys.exc_info() stored in a local keeps the traceback, whose frame holds that local: a frame cycle.
import gc
import sys


def attempt():
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
    return info[0] is KeyError


gc.collect()
attempt()
print("collected", gc.collect())
