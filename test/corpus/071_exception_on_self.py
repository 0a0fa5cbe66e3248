# POSITIVE: self.exc = e stores the exception on the instance that raised it: instance -> exception -> traceback -> frame -> self.
import gc


class Task:
    def run(self):
        try:
            raise RuntimeError("failed")
        except RuntimeError as e:
            self.exc = e


def make():
    t = Task()
    t.run()


gc.collect()
make()
print("collected", gc.collect())
