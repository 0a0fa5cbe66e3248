# POSITIVE: a subject lists its observers and each observer keeps its subject: a cycle through the list.
import gc


class Subject:
    def __init__(self):
        self.observers = []


class Watcher:
    def __init__(self, subject):
        self.subject = subject
        subject.observers.append(self)


def make():
    s = Subject()
    Watcher(s)
    Watcher(s)


gc.collect()
make()
print("collected", gc.collect())
