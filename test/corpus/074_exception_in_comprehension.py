# POSITIVE: an exception raised inside a list comprehension and kept in a local (err = e): frame cycle via the traceback.
import gc


def attempt():
    err = None
    try:
        [1 // x for x in (1, 0)]
    except ZeroDivisionError as e:
        err = e
    return err is not None


gc.collect()
attempt()
print("collected", gc.collect())
