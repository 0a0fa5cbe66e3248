# POSITIVE: a self-referencing object with weakref.finalize attached: the finalizer runs when the collector frees it.
import gc
import weakref

DONE = []


class Resource:
    def __init__(self):
        self.me = self


def make():
    r = Resource()
    weakref.finalize(r, DONE.append, 1)


gc.collect()
make()
print("collected", gc.collect())
print("finalized", len(DONE))
