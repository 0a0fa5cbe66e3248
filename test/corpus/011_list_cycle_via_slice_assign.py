# POSITIVE: a list stores itself through slice assignment and index assignment; two garbage lists per call.
import gc


def make():
    first = [0, 0]
    second = [0]
    first[0:1] = [first]
    second[0] = first
    first[1] = second


gc.collect()
make()
print("collected", gc.collect())
