# POSITIVE: a class with a method defined in a function and instantiated there: the class cycle plus its function.
import gc


def make():
    class Local:
        def value(self):
            return 1
    return Local().value()


gc.collect()
make()
print("collected", gc.collect())
