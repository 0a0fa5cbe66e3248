# POSITIVE: a list comprehension calls a function that builds a self-referencing list for each of 5 elements.
import gc


def cyclic(i):
    x = [i]
    x.append(x)
    return i


def run():
    return [cyclic(i) for i in range(5)]


gc.collect()
run()
print("collected", gc.collect())
