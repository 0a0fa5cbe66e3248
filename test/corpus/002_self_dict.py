# POSITIVE: a dict that stores itself under a key, made four times in a function: four dicts of cyclic garbage.
import gc


def make(n):
    d = {"n": n}
    d["self"] = d


gc.collect()
for i in range(4):
    make(i)
print("collected", gc.collect())
