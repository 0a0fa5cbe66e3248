# MIXED: a factory returns a cyclic pair; while the caller keeps it nothing is collected, after it is dropped the pair is garbage.
import gc


class Peer:
    pass


def factory():
    a = Peer()
    b = Peer()
    a.other = b
    b.other = a
    return a


gc.collect()
held = factory()
print("while held", gc.collect())
held = None
print("after drop", gc.collect())
