# POSITIVE: an object caches itself in its own dict attribute (self.cache[key] = self); garbage per call.
import gc


class Service:
    def __init__(self):
        self.cache = {}

    def lookup(self, key):
        if key not in self.cache:
            self.cache[key] = self
        return self.cache[key]


def use():
    s = Service()
    s.lookup("x")


gc.collect()
use()
use()
print("collected", gc.collect())
