# NEGATIVE: the context manager's __exit__ clears the self reference the block made, so nothing is cyclic.
import gc


class Session:
    def __enter__(self):
        self.me = self
        return self

    def __exit__(self, *exc):
        self.me = None
        return False


def use():
    with Session() as s:
        s.value = 1


gc.collect()
for _ in range(3):
    use()
print("collected", gc.collect())
