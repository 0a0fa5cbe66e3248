# POSITIVE: an exception raised two calls down is kept in the catching frame's local: both frames and tracebacks join the cycle.
import gc


def inner():
    raise ValueError("deep")


def middle():
    inner()


def outer():
    kept = None
    try:
        middle()
    except ValueError as e:
        kept = e
    return kept is not None


gc.collect()
outer()
print("collected", gc.collect())
