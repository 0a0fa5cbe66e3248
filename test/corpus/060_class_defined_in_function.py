# POSITIVE: a class statement inside a function: the class object, its dict, mro and descriptors are a cycle when dropped.
import gc


def make():
    class Local:
        pass
    return Local


gc.collect()
make()
print("one class", gc.collect())
make()
make()
print("two classes", gc.collect())
