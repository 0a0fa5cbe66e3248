# POSITIVE: 5000 workers each storing a bound method of themselves; collected automatically as the loop runs.
import gc


class Worker:
    def __init__(self):
        self.cb = self.run

    def run(self):
        return 0


for _ in range(5000):
    Worker()
print("explicit", gc.collect())
