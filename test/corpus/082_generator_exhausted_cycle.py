# MIXED: an exhausted generator referenced by the list it consumed: its frame is gone, so no cycle remains.
import gc


def produce(box):
    yield 1


def make():
    box = []
    g = produce(box)
    box.append(g)
    for _ in g:
        pass


gc.collect()
make()
print("collected", gc.collect())
