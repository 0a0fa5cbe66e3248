# POSITIVE: an unstarted coroutine stored in the list passed to it (never awaited): coroutine -> frame -> list -> coroutine.
import gc
import warnings

warnings.simplefilter("ignore")


async def job(box):
    return len(box)


def make():
    box = []
    box.append(job(box))


gc.collect()
make()
print("collected", gc.collect())
