# POSITIVE: a dict comprehension maps names to lists, and each list holds the dict: one dict plus three lists of garbage.
import gc


def run():
    table = {name: [] for name in ("a", "b", "c")}
    for v in table.values():
        v.append(table)
    return len(table)


gc.collect()
run()
print("collected", gc.collect())
