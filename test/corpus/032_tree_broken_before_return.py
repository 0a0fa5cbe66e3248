# NEGATIVE: the tree's back references are cleared (parent = None) before build() returns; reference counting frees it.
import gc


class TreeNode:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build():
    root = TreeNode(None)
    kids = [TreeNode(root) for _ in range(3)]
    for kid in kids:
        kid.parent = None
    return len(kids)


gc.collect()
build()
print("collected", gc.collect())
