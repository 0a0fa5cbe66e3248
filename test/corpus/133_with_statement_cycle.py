# POSITIVE: a context manager whose __enter__ returns self, and the block stores the object on itself: a cycle per use.
import gc


class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def use():
    with Session() as s:
        s.me = s


gc.collect()
use()
use()
print("collected", gc.collect())
