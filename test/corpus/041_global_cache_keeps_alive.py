# NEGATIVE: self-referencing objects registered in a module-level cache stay reachable: collect returns 0.
import gc

CACHE = {}


class Entry:
    def __init__(self, key):
        self.key = key
        self.me = self
        CACHE[key] = self


def load(n):
    for i in range(n):
        Entry(i)


gc.collect()
load(5)
print("collected", gc.collect())
print("cached", len(CACHE))
