# POSITIVE: a dict stores a lambda that captures the dict: dict -> function -> closure tuple -> cell -> dict.
import gc


def make():
    handlers = {}
    handlers["size"] = lambda: len(handlers)
    return handlers["size"]()


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
