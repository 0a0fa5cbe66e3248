# POSITIVE: two instances with int attributes point at each other; the pair is garbage after each of three calls.
import gc


class Peer:
    def __init__(self, ident):
        self.ident = ident
        self.size = ident * 10
        self.other = None


def make(i):
    a = Peer(i)
    b = Peer(i + 1)
    a.other = b
    b.other = a


gc.collect()
for i in range(3):
    make(i)
print("collected", gc.collect())
