# POSITIVE: young garbage is found by collect(0); a cycle promoted by collect(0) needs collect(1); one promoted by collect(1) needs collect(2).
import gc


def cycle():
    x = []
    x.append(x)


gc.collect()
cycle()
print("young by gen0", gc.collect(0))
keep = []
keep.append(keep)
gc.collect(0)
keep = None
print("promoted, gen0", gc.collect(0))
print("promoted, gen1", gc.collect(1))
keep = []
keep.append(keep)
gc.collect(1)
keep = None
print("older, gen1", gc.collect(1))
print("older, gen2", gc.collect(2))
