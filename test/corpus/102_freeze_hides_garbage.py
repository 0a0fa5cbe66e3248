# MIXED: cycles made garbage after gc.freeze() are invisible to collect() until gc.unfreeze() moves them back.
import gc

HOLD = []


def make(n):
    for _ in range(n):
        d = {}
        d["me"] = d
        HOLD.append(d)


make(4)
gc.freeze()
HOLD.clear()
print("frozen", gc.collect())
gc.unfreeze()
print("unfrozen", gc.collect())
