# NEGATIVE: a try/finally breaks the parent/child cycle in the finally block, even when the body returns early.
import gc


class Parent:
    def __init__(self):
        self.child = Child(self)


class Child:
    def __init__(self, parent):
        self.parent = parent


def use():
    p = Parent()
    try:
        return p.child is not None
    finally:
        p.child.parent = None


gc.collect()
for _ in range(3):
    use()
print("collected", gc.collect())
