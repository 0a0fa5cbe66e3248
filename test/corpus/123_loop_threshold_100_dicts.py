# POSITIVE: threshold 100 with 3000 self-referencing dicts: many gen0 and some gen1/gen2 automatic collections.
import gc


def make():
    d = {}
    d["me"] = d


gc.set_threshold(100, 5, 5)
for _ in range(3000):
    make()
print("explicit", gc.collect())
