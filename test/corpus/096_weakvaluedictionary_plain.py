# NEGATIVE: values without cycles in a WeakValueDictionary die by reference counting; collect returns 0.
import gc
import weakref


class Entry:
    pass


def fill(cache):
    for i in range(5):
        cache[i] = Entry()


cache = weakref.WeakValueDictionary()
gc.collect()
fill(cache)
print("left", len(cache))
print("collected", gc.collect())
