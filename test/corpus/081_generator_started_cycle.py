# MIXED: a started (suspended) generator in a cycle with its list: finalisation closes it, which breaks the cycle.
import gc


def produce(box):
    yield 1
    yield len(box)


def make():
    box = []
    g = produce(box)
    box.append(g)
    next(g)


gc.collect()
make()
print("collected", gc.collect())
