# POSITIVE: 300 trees of 7 nodes with parent back references, built and dropped in a loop.
import gc


class TreeNode:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def build():
    root = TreeNode(None)
    for _ in range(2):
        mid = TreeNode(root)
        TreeNode(mid)
        TreeNode(mid)


for _ in range(300):
    build()
print("explicit", gc.collect())
