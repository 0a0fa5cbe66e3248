# NEGATIVE: the list appends itself but pops the self reference before the function returns: refcount frees it.
import gc


def make():
    items = [0]
    items.append(items)
    items.pop()
    return len(items)


gc.collect()
for _ in range(4):
    make()
print("collected", gc.collect())
