# POSITIVE: the traceback object (e.__traceback__) stored in a local of the frame it refers to: frame -> tb -> frame.
import gc


def attempt():
    tb = None
    try:
        raise OSError("io")
    except OSError as e:
        tb = e.__traceback__
    return tb is not None


gc.collect()
attempt()
print("collected", gc.collect())
