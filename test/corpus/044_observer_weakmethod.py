# NEGATIVE: the observer keeps a weakref.WeakMethod to its own handler instead of the bound method: no cycle.
import gc
import weakref


class Observer:
    def __init__(self):
        self.handler = weakref.WeakMethod(self.on_event)
        self.seen = 0

    def on_event(self):
        self.seen += 1


def make():
    o = Observer()
    h = o.handler()
    if h is not None:
        h()


gc.collect()
make()
make()
print("collected", gc.collect())
