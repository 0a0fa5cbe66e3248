# NEGATIVE: a tree with parent back references stays reachable from a module global, so the collect finds nothing.
import gc


class TreeNode:
    def __init__(self, parent):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


ROOT = TreeNode(None)
for _ in range(4):
    TreeNode(ROOT)
print("collected", gc.collect())
print("children", len(ROOT.children))
