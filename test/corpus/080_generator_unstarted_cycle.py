# POSITIVE (version dependent): an unstarted generator stored in the list it was given; the generator's frame holds the list.
import gc


def produce(box):
    yield len(box)


def make():
    box = []
    box.append(produce(box))


gc.collect()
make()
print("collected", gc.collect())
