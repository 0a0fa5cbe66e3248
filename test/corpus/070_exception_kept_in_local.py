# POSITIVE: err = e keeps the caught exception after the except block: frame -> err -> traceback -> frame.
import gc


def attempt():
    err = None
    try:
        raise ValueError("bad")
    except ValueError as e:
        err = e
    return err is not None


gc.collect()
attempt()
attempt()
print("collected", gc.collect())
