# MIXED: one cycle is kept in a global and one is dropped per call: each collect finds only the dropped ones.
import gc

KEPT = []


def make():
    live = []
    live.append(live)
    KEPT.append(live)
    dead = []
    dead.append(dead)


gc.collect()
make()
make()
print("collected", gc.collect())
print("kept", len(KEPT))
