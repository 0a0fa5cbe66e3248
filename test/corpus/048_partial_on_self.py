# POSITIVE: functools.partial of a bound method stored on the instance: instance -> partial -> method -> instance.
import functools
import gc


class Job:
    def __init__(self):
        self.run = functools.partial(self.step, 2)

    def step(self, n):
        return n


def make():
    j = Job()
    j.run()


gc.collect()
make()
print("collected", gc.collect())
