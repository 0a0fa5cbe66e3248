# POSITIVE: a function keeps its own frame object in a local (here = sys._getframe()): the frame refers to itself.
import gc
import sys


def probe():
    here = sys._getframe()
    return here.f_lineno


gc.collect()
probe()
print("collected", gc.collect())
