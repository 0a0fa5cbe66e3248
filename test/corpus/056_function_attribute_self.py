# POSITIVE: a function object stores itself as an attribute (f.me = f): function -> its __dict__ -> function.
import gc


def make():
    def tag():
        return 1
    tag.me = tag
    return tag()


gc.collect()
make()
make()
print("collected", gc.collect())
