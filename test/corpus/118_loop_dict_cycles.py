# POSITIVE: 5000 self-referencing dicts made in a loop become garbage; automatic collections reclaim most of them.
import gc


def make(i):
    d = {"i": i}
    d["self"] = d


for i in range(5000):
    make(i)
print("explicit", gc.collect())
