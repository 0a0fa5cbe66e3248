# NEGATIVE: the observer removes its bound method from its own handler list before it is dropped: no cycle remains.
import gc


class Observer:
    def __init__(self):
        self.handlers = [self.on_event]

    def on_event(self):
        return 1

    def close(self):
        self.handlers.clear()


def make():
    o = Observer()
    o.handlers[0]()
    o.close()


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
