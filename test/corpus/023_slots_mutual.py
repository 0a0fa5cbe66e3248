# POSITIVE: two __slots__ instances (no instance dict at all) point at each other: two objects per call.
import gc


class Slot:
    __slots__ = ("other", "value")

    def __init__(self, value):
        self.value = value
        self.other = None


def make():
    a = Slot(1)
    b = Slot(2)
    a.other = b
    b.other = a


gc.collect()
for _ in range(4):
    make()
print("collected", gc.collect())
