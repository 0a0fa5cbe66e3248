# POSITIVE: a circular singly linked list of 5 nodes (the last points to the first), built twice.
import gc


class Cell:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt


def ring(n):
    first = Cell(0, None)
    node = first
    for i in range(1, n):
        node = Cell(i, node)
    first.nxt = node


gc.collect()
ring(5)
ring(5)
print("collected", gc.collect())
