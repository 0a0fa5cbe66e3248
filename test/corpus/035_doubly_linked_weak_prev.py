# NEGATIVE: a doubly linked list whose prev links are weak references has no strong cycle: collect returns 0.
import gc
import weakref


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
        node.prev = weakref.ref(tail)
        tail.next = node
        tail = node
    return head.value


gc.collect()
build(10)
print("collected", gc.collect())
