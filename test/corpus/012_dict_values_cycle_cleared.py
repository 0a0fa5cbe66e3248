# NEGATIVE: a dict that refers to itself is emptied with .clear() before return; nothing is left for the collector.
import gc


def make():
    d = {}
    d["me"] = d
    d["list"] = [d]
    d.clear()


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
