# NEGATIVE: the self reference is removed with del node.me before return, so reference counting frees each node.
import gc


class Node:
    pass


def make():
    node = Node()
    node.me = node
    node.value = 3
    del node.me


gc.collect()
for _ in range(5):
    make()
print("collected", gc.collect())
