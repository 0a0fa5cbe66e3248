# POSITIVE: three instances in a ring (a -> b -> c -> a) built twice: six instances of garbage.
import gc


class Link:
    def __init__(self):
        self.next = None


def ring():
    a = Link()
    b = Link()
    c = Link()
    a.next = b
    b.next = c
    c.next = a


gc.collect()
ring()
ring()
print("collected", gc.collect())
