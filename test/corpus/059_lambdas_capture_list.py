# POSITIVE: a list of lambdas that each capture the list itself: list -> lambdas -> closure -> cell -> list.
import gc


def make():
    actions = []
    for i in range(3):
        actions.append(lambda: len(actions))
    return sum(a() for a in actions)


gc.collect()
make()
print("collected", gc.collect())
