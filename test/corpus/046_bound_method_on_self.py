# POSITIVE: self.callback = self.handle stores a bound method that holds self: each worker is a cycle through the method.
import gc


class Worker:
    def __init__(self):
        self.callback = self.handle

    def handle(self):
        return 1


def run():
    for _ in range(3):
        w = Worker()
        w.callback()


gc.collect()
run()
print("collected", gc.collect())
