# NEGATIVE: objects register themselves in a module-level WeakSet (no strong cycle): they die by refcount.
import gc
import weakref

LIVE = weakref.WeakSet()


class Conn:
    def __init__(self):
        LIVE.add(self)


def use():
    for _ in range(4):
        Conn()


gc.collect()
use()
print("live", len(LIVE))
print("collected", gc.collect())
