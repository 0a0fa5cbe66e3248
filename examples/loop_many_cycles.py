# 100 000 self-referencing lists: automatic collections free them in batches as the threshold is crossed.
import gc


def make_cycle():
    item = []
    item.append(item)


gc.collect()
for _ in range(100000):
    make_cycle()
print("left for the explicit collection:", gc.collect())
