# MIXED: __del__ stores the object in a global list (resurrection): the collector frees nothing from that cycle.
import gc

SAVED = []


class Phoenix:
    def __del__(self):
        SAVED.append(self)


def make():
    p = Phoenix()
    p.me = p


gc.collect()
make()
print("collected", gc.collect())
print("saved", len(SAVED))
SAVED.clear()
print("after clear", gc.collect())
