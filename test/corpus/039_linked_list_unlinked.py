# NEGATIVE: a doubly linked list is taken apart (every prev set to None) before return; no cycle survives.
import gc


class DNode:
    def __init__(self):
        self.prev = None
        self.next = None


def build(n):
    nodes = [DNode() for _ in range(n)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
        b.prev = a
    for node in nodes:
        node.prev = None
    return len(nodes)


gc.collect()
build(8)
print("collected", gc.collect())
