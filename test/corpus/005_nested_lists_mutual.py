# POSITIVE: two lists that contain each other (a -> b -> a); three calls leave three pairs.
import gc


def make():
    a = []
    b = [a]
    a.append(b)


gc.collect()
for _ in range(3):
    make()
print("collected", gc.collect())
