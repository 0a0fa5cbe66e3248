# POSITIVE: self-referencing entries live in a module-level cache until CACHE.clear(); then they are cyclic garbage.
import gc

CACHE = {}


class Entry:
    def __init__(self, key):
        self.key = key
        self.me = self


def load(n):
    for i in range(n):
        CACHE[i] = Entry(i)


gc.collect()
load(4)
print("while cached", gc.collect())
CACHE.clear()
print("after clear", gc.collect())
