# POSITIVE: a module-level pair of lists becomes garbage when the global is deleted: the collect finds 2.
import gc

a = []
b = [a]
a.append(b)
print("while bound", gc.collect())
del a
print("still via b", gc.collect())
del b
print("after del", gc.collect())
