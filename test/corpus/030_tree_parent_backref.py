# POSITIVE: tree nodes keep their parent and a children list; the 7-node tree built in build() is cyclic garbage.
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
        for _ in range(2):
            TreeNode(mid)
    return 7


gc.collect()
build()
print("collected", gc.collect())
