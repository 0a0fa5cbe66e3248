# POSITIVE: the weakref with a callback is stored on the cyclic object itself: the weakref is garbage with it.
import gc
import weakref


class Target:
    pass


def make():
    t = Target()
    t.me = t
    t.ref = weakref.ref(t, lambda r: None)


gc.collect()
make()
print("collected", gc.collect())
