# POSITIVE: a ring a -> b -> c -> a loses c.nxt, but b.back = a still closes a two-node cycle a -> b -> a.
import gc


class N:
    pass


def make():
    a = N()
    b = N()
    c = N()
    a.nxt = b
    b.nxt = c
    c.nxt = a
    b.back = a
    c.nxt = None


gc.collect()
make()
print("collected", gc.collect())
