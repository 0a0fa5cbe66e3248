# POSITIVE: nodes made in a comprehension are linked into a ring by a second comprehension; all garbage after run().
import gc


class Node:
    def __init__(self):
        self.next = None


def run():
    nodes = [Node() for _ in range(4)]
    [setattr(nodes[i], "next", nodes[(i + 1) % 4]) for i in range(4)]
    return len(nodes)


gc.collect()
run()
print("collected", gc.collect())
