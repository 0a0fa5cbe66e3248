# POSITIVE: a list holding a tuple that holds the list (list <-> tuple); two calls leave two such pairs.
import gc


def make():
    holder = []
    pair = (holder, 1)
    holder.append(pair)


gc.collect()
make()
make()
print("collected", gc.collect())
