# POSITIVE: an instance with several int, str and list attributes and a self reference; the list attribute is garbage too.
import gc


class Record:
    def __init__(self, n):
        self.n = n
        self.name = "record"
        self.tags = ["a", "b"]
        self.parent = self


def make():
    Record(1)
    Record(2)


gc.collect()
make()
print("collected", gc.collect())
