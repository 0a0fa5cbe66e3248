# The same tree with a weak back-reference: reference counting frees every tree, gc.collect() finds nothing.
import gc
import weakref


class Node:
    def __init__(self, parent=None):
        self.parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build():
    root = Node()
    for _ in range(3):
        Node(root)


gc.collect()
for _ in range(10):
    build()
print("collected", gc.collect())
