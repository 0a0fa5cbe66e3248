# POSITIVE: a list holds a set whose member (a Box) points back to the list: list -> set -> Box -> list per call.
import gc


class Box:
    def __init__(self, ref):
        self.ref = ref


def make():
    outer = []
    members = set()
    members.add(Box(outer))
    outer.append(members)


gc.collect()
make()
make()
print("collected", gc.collect())
