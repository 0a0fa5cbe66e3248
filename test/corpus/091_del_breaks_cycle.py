# MIXED: __del__ breaks its own cycle (self.peer = None) when the collector finalizes it: found but freed by refcount.
import gc


class Breaker:
    def __del__(self):
        self.peer = None


def make():
    a = Breaker()
    b = Breaker()
    a.peer = b
    b.peer = a


gc.collect()
make()
print("collected", gc.collect())
