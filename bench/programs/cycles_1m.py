# One million self-referencing lists, each garbage as soon as make() returns: the automatic
# collector frees them in batches. CPython 3.12 runs this in about 0.13 s.
import gc


def make():
    item = []
    item.append(item)


for _ in range(1000000):
    make()
print(gc.collect())
