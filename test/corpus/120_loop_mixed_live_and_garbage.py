# POSITIVE: a loop keeps every tenth node alive in a global list and drops the others in self-cycles.
import gc


class Node:
    def __init__(self):
        self.me = self


keep = []
for i in range(10000):
    node = Node()
    if i % 10 == 0:
        keep.append(node)
node = None
print("explicit", gc.collect())
print("kept", len(keep))
