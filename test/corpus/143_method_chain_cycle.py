# POSITIVE: a builder whose methods return self and store a callback lambda capturing self: builder -> lambda -> cell -> builder.
import gc


class Builder:
    def __init__(self):
        self.steps = []

    def add(self, n):
        self.steps.append(n)
        return self

    def finish(self):
        me = self
        self.done = lambda: len(me.steps)
        return self


def make():
    Builder().add(1).add(2).finish()


gc.collect()
make()
print("collected", gc.collect())
