# POSITIVE: an observer subscribes its own bound method to a list it owns: observer -> list -> method -> observer.
import gc


class Observer:
    def __init__(self):
        self.handlers = []
        self.handlers.append(self.on_event)
        self.seen = 0

    def on_event(self):
        self.seen += 1


def make():
    o = Observer()
    for h in o.handlers:
        h()


gc.collect()
make()
make()
print("collected", gc.collect())
