# POSITIVE: a loop creates 1000 self-referencing lists that become garbage; automatic gen0 collections reclaim them as it runs.
import gc


def churn(i):
    cell = [i]
    cell.append(cell)


for i in range(1000):
    churn(i)
print("explicit", gc.collect())
