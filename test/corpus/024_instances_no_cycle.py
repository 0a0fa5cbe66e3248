# NEGATIVE: instances holding ints, strings and a list of other instances, but nothing points back: refcount frees all.
import gc


class Item:
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight


class Basket:
    def __init__(self):
        self.items = []


def fill():
    basket = Basket()
    for i in range(10):
        basket.items.append(Item("item", i))
    return len(basket.items)


gc.collect()
fill()
fill()
print("collected", gc.collect())
