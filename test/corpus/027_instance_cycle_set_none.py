# NEGATIVE: two instances point at each other but one link is set to None before the function returns.
import gc


class Peer:
    other = None


def make():
    a = Peer()
    b = Peer()
    a.other = b
    b.other = a
    b.other = None


gc.collect()
for _ in range(5):
    make()
print("collected", gc.collect())
