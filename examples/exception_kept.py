# Keeping a caught exception in a local: exception -> traceback -> frame -> local -> exception.
import gc


def parse(text):
    err = None
    try:
        return int(text)
    except ValueError as e:
        err = e
    return None


gc.collect()
parse("not a number")
print("collected", gc.collect())
