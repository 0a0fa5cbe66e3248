# MIXED: gc.collect() called inside a function while its own cycle is still referenced by a local: only older garbage is found.
import gc


def leak():
    x = []
    x.append(x)


def check():
    mine = []
    mine.append(mine)
    return gc.collect()


gc.collect()
leak()
print("inside", check())
print("after", gc.collect())
