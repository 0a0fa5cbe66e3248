# POSITIVE: 20 000 pairs of instances pointing at each other, made in a loop: automatic collections (more on 3.8-3.10, which also allocate dicts).
import gc


class Peer:
    def __init__(self):
        self.other = None


def pair():
    a = Peer()
    b = Peer()
    a.other = b
    b.other = a


for _ in range(20000):
    pair()
print("explicit", gc.collect())
