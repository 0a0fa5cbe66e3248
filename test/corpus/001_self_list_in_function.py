# POSITIVE: each call leaves one list that contains itself; three calls, so the collect finds 3 lists.
import gc


def make():
    items = [1, 2, 3]
    items.append(items)


for _ in range(3):
    make()
print("collected", gc.collect())
print("again", gc.collect())
