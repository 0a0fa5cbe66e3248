# POSITIVE: one object with __del__ that refers to itself (a.me = a): finalized and freed by the collector.
import gc


class Noisy:
    def __del__(self):
        pass


def make():
    a = Noisy()
    a.me = a


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
