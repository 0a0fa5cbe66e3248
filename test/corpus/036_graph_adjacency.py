# POSITIVE: a 6-node undirected graph (each node lists its neighbours, both ways) is garbage after the call.
import gc


class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []


def connect(a, b):
    a.edges.append(b)
    b.edges.append(a)


def build():
    vs = [Vertex(i) for i in range(6)]
    for i in range(5):
        connect(vs[i], vs[i + 1])
    connect(vs[5], vs[0])
    return len(vs)


gc.collect()
build()
print("collected", gc.collect())
