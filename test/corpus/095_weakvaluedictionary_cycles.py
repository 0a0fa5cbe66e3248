# POSITIVE: self-referencing objects held only by a WeakValueDictionary are cyclic garbage; the dictionary empties when collected.
import gc
import weakref


class Entry:
    def __init__(self):
        self.me = self


def fill(cache):
    for i in range(3):
        cache[i] = Entry()


cache = weakref.WeakValueDictionary()
gc.collect()
fill(cache)
print("before", len(cache))
print("collected", gc.collect())
print("after", len(cache))
