# NEGATIVE: the exception is copied to a local but the local is deleted before return (del err): no cycle survives.
import gc


def attempt():
    try:
        raise ValueError("bad")
    except ValueError as e:
        err = e
    text = str(err)
    del err
    return text


gc.collect()
for _ in range(3):
    attempt()
print("collected", gc.collect())
