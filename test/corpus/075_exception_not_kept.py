# NEGATIVE: except ... as e without keeping e: the name is deleted at the end of the handler, nothing is cyclic.
import gc


def attempt():
    try:
        raise ValueError("bad")
    except ValueError as e:
        message = str(e)
    return message


gc.collect()
for _ in range(5):
    attempt()
print("collected", gc.collect())
