# POSITIVE: two instances in a cycle whose __dict__ was read (vars): the dicts are materialised and counted on some versions.
import gc


class Peer:
    def __init__(self):
        self.other = None


def make():
    a = Peer()
    b = Peer()
    a.other = b
    b.other = a
    return len(vars(a)) + len(b.__dict__)


gc.collect()
make()
make()
print("collected", gc.collect())
