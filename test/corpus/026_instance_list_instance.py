# POSITIVE: an instance holds a list that holds the instance (owner.children = [owner]); garbage per call.
import gc


class Owner:
    def __init__(self):
        self.children = []
        self.children.append(self)


def make():
    Owner()


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
