# calibrate.py: per-interpreter numbers the simulator uses to turn collection work into pause
# estimates: the tracked heap at the normalized start, and the time gc.collect() takes per object
# (live survivor, cyclic garbage, young object) from least-squares fits over heaps of known size.
# Standard library only; prints one JSON object. Natively: python tools/calibrate.py; Pyodide: via
# tools/calibrate.mjs. Method: tools/README.md.
import gc

gc.disable()
gc.collect()
_HEAP_AT_ENTRY = len(gc.get_objects())

import json
import sys
import time

SIZES = (0, 25000, 50000, 100000, 200000)
REPEAT = 7 if sys.platform != "emscripten" else 15


def normalize():
    gc.collect()
    gc.freeze()
    gc.collect()
    gc.unfreeze()


# CPU time of this process, not wall time: the machine may be busy with other work, and a wall
# clock would count the time the collector spent descheduled. (Pyodide has no process clock of its
# own; there it is the wall clock.)
_now = time.process_time_ns if sys.platform != "emscripten" else time.perf_counter_ns


def clock(fn, generation):
    t0 = _now()
    n = fn(generation)
    return _now() - t0, n


def live_full(n):
    """A full collection over the start-up heap plus n live lists (it finds no garbage)."""
    keep = [[i] for i in range(n)]
    gc.collect()
    best = None
    for _ in range(REPEAT):
        t, found = clock(gc.collect, 2)
        best = t if best is None or t < best else best
    del keep
    return best


def garbage_full(n):
    """A full collection that finds n self-referencing lists unreachable and frees them."""
    best = None
    for _ in range(REPEAT):
        normalize()
        for i in range(n):
            x = [i]
            x.append(x)
        x = None
        t, found = clock(gc.collect, 2)
        assert found >= n, (found, n)
        best = t if best is None or t < best else best
    return best


def young_live(n):
    """A generation-0 collection over n young live lists (they survive and are promoted)."""
    best = None
    for _ in range(REPEAT):
        normalize()
        keep = [[i] for i in range(n)]
        t, found = clock(gc.collect, 0)
        best = t if best is None or t < best else best
        del keep
    return best


def fit(points):
    """Least squares t = a + b*n; returns (a, b, r2)."""
    k = float(len(points))
    sx = sum(p[0] for p in points)
    sy = sum(p[1] for p in points)
    sxx = sum(p[0] * p[0] for p in points)
    sxy = sum(p[0] * p[1] for p in points)
    b = (k * sxy - sx * sy) / (k * sxx - sx * sx)
    a = (sy - b * sx) / k
    mean = sy / k
    ss_tot = sum((p[1] - mean) ** 2 for p in points) or 1.0
    ss_res = sum((p[1] - a - b * p[0]) ** 2 for p in points)
    return a, b, 1.0 - ss_res / ss_tot


def main():
    normalize()
    heap = len(gc.get_objects())
    result = {
        "implementation": "%s %d.%d.%d" % ((sys.implementation.name,) + tuple(sys.version_info[:3])),
        "platform": sys.platform,
        "startupHeap": _HEAP_AT_ENTRY,
        "normalizedHeap": heap,
        "threshold": list(gc.get_threshold()),
        "sizes": list(SIZES),
    }
    for name, fn in (("fullLive", live_full), ("fullGarbage", garbage_full), ("young", young_live)):
        points = [(n, fn(n)) for n in SIZES]
        a, b, r2 = fit(points)
        result[name] = {"fixedNs": round(a), "nsPerObject": round(b, 2), "r2": round(r2, 4),
                        "samplesNs": [p[1] for p in points]}
    sys.stdout.write(json.dumps(result) + "\n")


main()
