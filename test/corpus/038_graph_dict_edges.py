# POSITIVE: a graph stored as a dict name -> node whose node keeps the dict (graph back reference): all garbage after build().
import gc


class GNode:
    def __init__(self, graph, name):
        self.graph = graph
        self.name = name
        graph[name] = self


def build():
    graph = {}
    for name in ("a", "b", "c"):
        GNode(graph, name)
    return len(graph)


gc.collect()
build()
print("collected", gc.collect())
