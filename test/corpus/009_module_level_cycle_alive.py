# NEGATIVE: a self-referencing list bound to a module global stays reachable, so no collect finds it.
import gc

loop = [1]
loop.append(loop)
print("collected", gc.collect())
print("still there", len(loop))
print("collected", gc.collect())
