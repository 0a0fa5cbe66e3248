# POSITIVE: a doubly linked list of 10 nodes (prev/next) built in a function is cyclic garbage afterwards.
import gc


class DNode:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def build(n):
    head = DNode(0)
    tail = head
    for i in range(1, n):
        node = DNode(i)
        node.prev = tail
        tail.next = node
        tail = node
    return head.value


gc.collect()
build(10)
print("collected", gc.collect())
