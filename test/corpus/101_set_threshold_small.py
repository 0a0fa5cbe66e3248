# POSITIVE: set_threshold(50) makes gen0 collections fire every ~50 allocations, so the explicit collect finds little.
import gc


def churn(n):
    for i in range(n):
        cell = [i]
        cell.append(cell)


gc.set_threshold(50)
gc.collect()
churn(1000)
print("collected", gc.collect())
