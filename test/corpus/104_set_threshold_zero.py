# POSITIVE: set_threshold(0) turns automatic collection off: all 2000 cycles wait for the explicit collect.
import gc


def churn(n):
    for i in range(n):
        d = {"i": i}
        d["me"] = d


gc.set_threshold(0)
churn(2000)
print("collected", gc.collect())
