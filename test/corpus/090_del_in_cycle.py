# POSITIVE: two objects with __del__ in a cycle: the collector runs the finalizers and frees both (nothing uncollectable).
import gc


class WithDel:
    def __del__(self):
        pass


def make():
    a = WithDel()
    b = WithDel()
    a.peer = b
    b.peer = a


gc.collect()
make()
print("collected", gc.collect())
print("garbage", len(gc.garbage))
