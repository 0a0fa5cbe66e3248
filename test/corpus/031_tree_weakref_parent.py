# NEGATIVE: children reach their parent through weakref.ref, so the tree has no strong cycle: collect returns 0.
import gc
import weakref


class TreeNode:
    def __init__(self, parent):
        self.parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build():
    root = TreeNode(None)
    for _ in range(3):
        TreeNode(root)
    return root


gc.collect()
build()
build()
print("collected", gc.collect())
