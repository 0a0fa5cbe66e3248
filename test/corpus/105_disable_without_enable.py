# POSITIVE: gc.disable() and never enable(): instance cycles accumulate; only explicit collects reclaim them.
import gc


class Pair:
    def __init__(self):
        self.other = Pair.__new__(Pair)
        self.other.other = self


gc.disable()
for _ in range(500):
    Pair()
print("collected", gc.collect())
for _ in range(100):
    Pair()
print("enabled", gc.isenabled())
