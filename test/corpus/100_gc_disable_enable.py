# POSITIVE: with gc.disable() 3000 self-referencing lists pile up uncollected; the explicit collect after enable() finds them.
import gc


def churn(n):
    for i in range(n):
        cell = [i]
        cell.append(cell)


gc.disable()
churn(3000)
gc.enable()
print("collected", gc.collect())
