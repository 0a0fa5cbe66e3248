# POSITIVE: rebinding a module global that held a self-referencing list turns the old list into garbage each time.
import gc

current = None
for i in range(4):
    current = [i]
    current.append(current)
print("collected", gc.collect())
current = None
print("last one", gc.collect())
