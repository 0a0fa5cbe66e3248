# POSITIVE: an instance whose attribute refers to itself (node.me = node); five calls, five instances (plus dicts on 3.8-3.10).
import gc


class Node:
    pass


def make():
    node = Node()
    node.me = node


gc.collect()
for _ in range(5):
    make()
print("collected", gc.collect())
