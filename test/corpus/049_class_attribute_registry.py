# NEGATIVE: every instance registers itself in a class attribute list, which keeps them all alive: collect returns 0.
import gc


class Plugin:
    registry = []

    def __init__(self, name):
        self.name = name
        Plugin.registry.append(self)


def load():
    for name in ("a", "b", "c"):
        Plugin(name)


gc.collect()
load()
print("collected", gc.collect())
print("registered", len(Plugin.registry))
