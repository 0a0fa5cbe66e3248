# POSITIVE: a dict of lists where one list points back to the dict; the structure is garbage after the call.
import gc


def make():
    table = {"a": [], "b": []}
    table["a"].append(table)
    table["b"].append(1)


gc.collect()
make()
print("collected", gc.collect())
