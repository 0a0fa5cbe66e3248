# NEGATIVE: 50 000 short-lived lists freed by reference counting right away: no automatic collection is triggered.
import gc


def work(i):
    tmp = [i, i + 1]
    return tmp[0]


total = 0
for i in range(50000):
    total += work(i)
print("explicit", gc.collect())
