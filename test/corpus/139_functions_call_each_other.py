# POSITIVE: build() calls make_node() and link() across several functions; the cycle closes in link() and is garbage after build().
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


def make_node(name):
    return Node(name)


def link(a, b):
    a.links.append(b)
    b.links.append(a)


def build():
    a = make_node("a")
    b = make_node("b")
    link(a, b)
    return a.name


gc.collect()
build()
build()
print("collected", gc.collect())
