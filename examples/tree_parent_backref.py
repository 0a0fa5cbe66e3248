# A tree whose children point back at their parent: every tree built in build() is cyclic garbage.
import gc


class Node:
    def __init__(self, parent=None):
        self.parent = parent
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
