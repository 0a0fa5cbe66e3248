# An object that stores one of its own bound methods: instance -> method -> instance.
import gc


class Button:
    def __init__(self):
        self.on_click = self.default_click

    def default_click(self):
        return None


def make_buttons():
    for _ in range(4):
        Button()


gc.collect()
make_buttons()
print("collected", gc.collect())
