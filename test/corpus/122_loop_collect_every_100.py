# POSITIVE: a loop makes cycles and calls gc.collect() every 100 iterations; each explicit collect finds the last 100.
import gc


def cycle():
    x = []
    x.append(x)


gc.collect()
for i in range(1, 301):
    cycle()
    if i % 100 == 0:
        print("collected", gc.collect())
