# POSITIVE: an object keeps a started generator made from its own method: the suspended frame holds self.
import gc


class Reader:
    def __init__(self):
        self.it = self.lines()
        next(self.it)

    def lines(self):
        yield 1
        yield 2


def make():
    Reader()
    Reader()


gc.collect()
make()
print("collected", gc.collect())
