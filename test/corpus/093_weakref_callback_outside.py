# POSITIVE: a self-referencing object watched by a weakref with a callback held outside the cycle: callback runs at collection.
import gc
import weakref

FIRED = []


class Target:
    pass


def on_dead(ref):
    FIRED.append(1)


def make():
    t = Target()
    t.me = t
    return weakref.ref(t, on_dead)


gc.collect()
watch = make()
print("collected", gc.collect())
print("fired", len(FIRED))
