# tracer.py: gcscope's ground truth. Runs one Python program under the interpreter that runs this
# file, from a NORMALIZED start (counts (0,0,0), empty free lists, no long-lived heap), and records
# what CPython's cyclic GC really did. Standard library only; CPython 3.8-3.15, natively or in Pyodide.
#
#   python tools/tracer.py PROGRAM.py [--out FILE]      native: runs the three passes, prints JSON
#   python tools/tracer.py --mode quiet|trace|attr PROGRAM.py --out PASS.json    one pass
#   (tools/run_pyodide.mjs runs the passes in fresh Pyodide interpreters and merges them here.)
#
# Why three passes: recording costs allocations, and allocations move automatic collections.
#   quiet  explicit gc.collect() results (generation, return value) and gc.get_stats() deltas only:
#          its numbers are the ones reported.
#   trace  adds gc.callbacks (every collection in order, auto or explicit) and the program line of
#          each gc.collect() call (sys._getframe materialises frame objects on 3.11+, so it can shift
#          counts; the merge checks it against quiet).
#   attr   tracemalloc + gc.DEBUG_SAVEALL|DEBUG_COLLECTABLE: maps every object a collection found
#          unreachable to the program line that allocated it (see tools/README.md).
import gc

# The very first thing: what a full collection finds before we have done anything. Natively this is
# 0; under Pyodide it is the garbage the embedding left while compiling this file (see README).
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
_EMBED_N = gc.collect()
_EMBED_TYPES = sorted(type(o).__name__ for o in gc.garbage)
del gc.garbage[:]
gc.set_debug(0)
gc.collect()
_ENTRY_HEAP = len(gc.get_objects())

import sys

_real_collect = gc.collect
_getframe = sys._getframe
_prog = ""
_armed = False
_in_explicit = 0
_want_lines = False
# Parallel lists of ints: appending an int to a list allocates no GC object.
_ex_line = []
_ex_gen = []
_ex_ret = []
_c_gen = []
_c_col = []
_c_unc = []
_c_exp = []


def _collect(generation=2):
    """Stands in for gc.collect while the program runs."""
    global _in_explicit
    if not _armed:
        return _real_collect(generation)
    if _want_lines:
        f = _getframe(1)
        while f is not None and f.f_code.co_filename != _prog:
            f = f.f_back
        _ex_line.append(f.f_lineno if f is not None else 0)
        f = None
    _in_explicit = 1
    try:
        n = _real_collect(generation)
    finally:
        _in_explicit = 0
    _ex_gen.append(generation)
    _ex_ret.append(n)
    return n


def _on_gc(phase, info):
    if _armed and phase == "stop":
        _c_gen.append(info["generation"])
        _c_col.append(info["collected"])
        _c_unc.append(info["uncollectable"])
        _c_exp.append(_in_explicit)


# --------------------------------------------------------------------------------------------
# Attribution (attr pass)
# --------------------------------------------------------------------------------------------

_ctypes = None
_tm = None
_final = False
_pending = []   # (address, type name, line, via) per object the current collection found
_seen = [0]     # how much of gc.garbage has been looked at
_sites = {}     # (line, type, via) -> [found, uncounted, atExit]
_note_failures = [0]


class _Tee(object):
    """Stands in for sys.stderr while DEBUG_COLLECTABLE is on: each 'gc: collectable <T 0x..>' line
    the collector prints becomes a record; everything else goes on to the real stream."""

    def __init__(self, real):
        self.real = real

    def write(self, text):
        if text.startswith("gc: collectable <"):
            try:
                _note(int(text[text.rindex(" ") + 1:text.rindex(">")], 16))
            except Exception:
                _note_failures[0] += 1
            return len(text)
        return self.real.write(text)

    def flush(self):
        return self.real.flush()

    def __getattr__(self, name):
        return getattr(self.real, name)


def _traceback_of(obj):
    tb = _tm._get_object_traceback(obj)
    if tb is None and sys.version_info[:2] == (3, 11) and type(obj).__flags__ & (1 << 4):
        # 3.11's tracemalloc looks objects with a managed dict (instances of Python classes) up
        # at the wrong address: the allocation starts two words before the GC header.
        try:
            lookup = _ctypes.pythonapi._PyTraceMalloc_GetTraceback
            lookup.restype = _ctypes.py_object
            lookup.argtypes = [_ctypes.c_uint, _ctypes.c_size_t]
            tb = lookup(0, id(obj) - 4 * _ctypes.sizeof(_ctypes.c_void_p))
        except Exception:
            tb = None
    return tb or ()


def _note(address):
    obj = _ctypes.cast(address, _ctypes.py_object).value
    line, via = None, "unknown"
    for depth, (filename, lineno) in enumerate(_traceback_of(obj)):
        if filename == _prog:
            line, via = lineno, ("program" if depth == 0 else "call")
            break
    _pending.append((address, type(obj).__name__, line, via))
    obj = None


def _attr_cb(phase, info):
    if phase != "stop":
        return
    new = gc.garbage[_seen[0]:]
    _seen[0] = len(gc.garbage)
    saved = set(id(o) for o in new)
    new = None
    for address, name, line, via in _pending:
        entry = _sites.get((line, name, via))
        if entry is None:
            entry = _sites[(line, name, via)] = [0, 0, 0]
        entry[0] += 1
        if address not in saved:
            entry[1] += 1  # found unreachable, but freed by a finalizer or resurrected
        if _final:
            entry[2] += 1
    del _pending[:]


# --------------------------------------------------------------------------------------------
# One pass
# --------------------------------------------------------------------------------------------

def _imports_of(source):
    """Top-level names of the modules the program imports (any indentation). They are imported
    before the normalized start, so the program's import statements cost what a static simulator
    assumes (a sys.modules lookup) and leave no import garbage in its collections."""
    import re
    names = []
    for m in re.finditer(r"^[ \t]*(?:import[ \t]+([\w., \t]+)|from[ \t]+([\w.]+)[ \t]+import)",
                         source, re.M):
        if m.group(1):
            for part in m.group(1).split(","):
                part = part.strip().split(" ")[0]
                if part:
                    names.append(part)
        elif not m.group(2).startswith("."):
            names.append(m.group(2))
    return sorted(set(names))


def run_pass(mode, prog, out_path):
    global _armed, _prog, _final, _want_lines, _ctypes, _tm
    import json
    import os
    _prog = prog
    with open(prog, "rb") as fh:
        source = fh.read()
    code = compile(source, prog, "exec", dont_inherit=True)
    preloaded = []
    _real_collect()
    heap_before_preload = len(gc.get_objects())
    for name in _imports_of(source.decode("utf-8", "replace")):
        try:
            __import__(name)
            preloaded.append(name)
        except Exception:
            pass
    mod = type(sys)("__main__")
    mod.__file__ = prog
    mod.__builtins__ = sys.modules["builtins"]
    sys.modules["__main__"] = mod
    sys.argv = [prog]
    sys.path.insert(0, os.path.dirname(prog))
    gc.collect = _collect
    _collect(0)  # warm-up: its frame (3.8-3.10) becomes the code's spare frame, reused later
    real_stderr = sys.stderr
    tee = None
    if mode in ("trace", "attr"):
        _want_lines = True
        gc.callbacks.append(_on_gc)
        _on_gc("warm-up", None)
    if mode == "attr":
        import ctypes
        import _tracemalloc
        _ctypes = ctypes
        _tm = _tracemalloc
        _tracemalloc.start(32)
        tee = _Tee(real_stderr)
        gc.callbacks.append(_attr_cb)
        _attr_cb("warm-up", None)
    # The normalized start. A full collection inside freeze()/unfreeze() finds nothing old, so the
    # long-lived heap it records is 0, as in an interpreter that never ran a full collection; it
    # also empties the free lists. The second freeze()/unfreeze() resets the counts to (0, 0, 0)
    # after the objects made to read them, and frees nothing (free lists stay empty).
    _real_collect()
    heap = len(gc.get_objects())
    gc.freeze()
    _real_collect()
    gc.unfreeze()
    start = gc.get_count()  # read before the tuple holding it is allocated
    stats_before = gc.get_stats()
    if tee is not None:
        sys.stderr = tee
        gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_COLLECTABLE)
    gc.freeze()
    gc.unfreeze()
    error = None
    _armed = True
    gc.enable()
    try:
        exec(code, mod.__dict__)
    except SystemExit as e:
        if e.code not in (None, 0):
            error = "SystemExit: %r" % (e.code,)
    except BaseException as e:  # the program's own failure is data
        error = "%s: %s" % (type(e).__name__, e)
        e = None
    _armed = False
    end_count = gc.get_count()
    stats_after = gc.get_stats()
    threshold = gc.get_threshold()
    enabled = gc.isenabled()
    frozen = gc.get_freeze_count()
    # One more full collection with the program's globals still alive: its cyclic garbage that
    # nothing collected yet (the collection CPython would run at shutdown, minus module teardown).
    _final = True
    gc.unfreeze()
    at_exit = _real_collect()
    gc.set_debug(0)
    sys.stderr = real_stderr
    gc.collect = _real_collect
    result = {
        "mode": mode,
        "python": "%d.%d.%d" % tuple(sys.version_info[:3]),
        "releaselevel": sys.version_info[3],
        "implementation": sys.implementation.name,
        "platform": sys.platform,
        "error": error,
        "explicit": [[_ex_line[i] if i < len(_ex_line) else None, _ex_gen[i], _ex_ret[i]]
                     for i in range(len(_ex_ret))],
        "collections": [[_c_gen[i], _c_col[i], _c_unc[i], _c_exp[i]] for i in range(len(_c_gen))],
        "stats": [[b["collections"] - a["collections"], b["collected"] - a["collected"],
                   b["uncollectable"] - a["uncollectable"]] for a, b in zip(stats_before, stats_after)],
        "startCount": list(start),
        "endCount": list(end_count),
        "threshold": list(threshold),
        "enabledAtExit": enabled,
        "frozenAtExit": frozen,
        "garbageAtExit": at_exit,
        "entryHeap": _ENTRY_HEAP,
        "preloadHeap": heap - heap_before_preload,
        "normalizedHeap": heap,
        "preloaded": preloaded,
        "embeddingStartupGarbage": _EMBED_N,
        "embeddingStartupGarbageTypes": _EMBED_TYPES,
    }
    if mode == "attr":
        result["sites"] = [[k[0], k[1], k[2]] + v for k, v in sorted(_sites.items(), key=repr)]
        result["noteFailures"] = _note_failures[0]
    with open(out_path, "w") as fh:
        json.dump(result, fh)


# --------------------------------------------------------------------------------------------
# Merge
# --------------------------------------------------------------------------------------------

def _auto(p):
    """Automatic collections per generation (and what they freed) from get_stats deltas."""
    counts = [s[0] for s in p["stats"]]
    freed = [s[1] + s[2] for s in p["stats"]]
    for _line, g, n in p["explicit"]:
        counts[g] -= 1
        freed[g] -= n
    return counts, freed


def _auto_from_callbacks(rows):
    counts = [0, 0, 0]
    freed = [0, 0, 0]
    for g, c, u, e in rows:
        if not e:
            counts[g] += 1
            freed[g] += c + u
    return counts, freed


def merge(prog_name, quiet, trace, attr, python_name=None):
    """One JSON object from the three passes (any may be None when it failed)."""
    errors = []
    out = {"program": prog_name, "python": python_name, "implementation": None,
           "explicitCollects": [], "collections": [], "autoCollections": None,
           "autoCollected": None, "autoCollectionsStats": None, "collectedSites": [],
           "garbageAtExit": None, "threshold": None, "startCount": None, "finalCount": None,
           "startupHeap": None, "embeddingStartupGarbage": None, "preloaded": None,
           "checks": {}, "error": None}
    base = quiet or trace or attr
    if base is None:
        out["error"] = "no pass produced a result"
        return out
    v = base["python"]
    if out["python"] is None:
        out["python"] = ".".join(v.split(".")[:2])
    out["implementation"] = "%s %s" % (base["implementation"], v)
    if quiet is None:
        errors.append("the quiet pass produced no result")
    else:
        out["threshold"] = quiet["threshold"]
        out["startCount"] = quiet["startCount"]
        out["finalCount"] = quiet["endCount"]
        out["garbageAtExit"] = quiet["garbageAtExit"]
        out["enabledAtExit"] = quiet["enabledAtExit"]
        out["frozenAtExit"] = quiet["frozenAtExit"]
        # Tracked objects at the normalized start, less what the tracer itself added after its
        # first line (its own functions and data); the program's preloaded imports are included.
        out["startupHeap"] = quiet["entryHeap"] + quiet["preloadHeap"]
        out["embeddingStartupGarbage"] = quiet["embeddingStartupGarbage"]
        out["embeddingStartupGarbageTypes"] = quiet["embeddingStartupGarbageTypes"]
        out["preloaded"] = quiet["preloaded"]
        out["autoCollectionsStats"], freed = _auto(quiet)
        if quiet["error"]:
            errors.append(quiet["error"])
    lines = [r[0] for r in trace["explicit"]] if trace else []
    if quiet is not None:
        for i, (_l, g, n) in enumerate(quiet["explicit"]):
            out["explicitCollects"].append({
                "line": lines[i] if len(lines) == len(quiet["explicit"]) else None,
                "generation": g, "returned": n})
    if trace is not None:
        out["collections"] = [{"generation": g, "collected": c, "uncollectable": u,
                               "trigger": "explicit" if e else "auto"}
                              for g, c, u, e in trace["collections"]]
        out["autoCollections"], out["autoCollected"] = _auto_from_callbacks(trace["collections"])
        if quiet is not None:
            same = out["checks"]["traceMatchesQuiet"] = (
                [r[2] for r in trace["explicit"]] == [r[2] for r in quiet["explicit"]]
                and _auto(trace) == _auto(quiet)
                and trace["garbageAtExit"] == quiet["garbageAtExit"])
            if not same:
                # The trace pass's own allocations moved a collection (small thresholds, or a
                # collection pending when gc.collect() was called): the undisturbed quiet pass
                # is the truth; its get_stats() counts stand in for the callbacks' counts.
                out["autoCollections"], out["autoCollected"] = _auto(quiet)
    else:
        errors.append("the trace pass produced no result")
        if quiet is not None:
            out["autoCollections"], out["autoCollected"] = _auto(quiet)
    if attr is not None:
        rows = []
        for line, name, via, found, uncounted, final in attr["sites"]:
            rows.append({"line": line, "type": name, "via": via, "count": found,
                         "uncounted": uncounted, "atExit": final})
        rows.sort(key=lambda r: (r["line"] is None, r["line"] or 0, r["type"], r["via"]))
        out["collectedSites"] = rows
        out["checks"]["attrMatchesQuiet"] = quiet is not None and (
            [r[2] for r in attr["explicit"]] == [r[2] for r in quiet["explicit"]]
            and attr["garbageAtExit"] == quiet["garbageAtExit"])
        out["checks"]["debugLinesUnread"] = attr.get("noteFailures", 0)
    else:
        errors.append("the attribution pass produced no result")
    out["error"] = "; ".join(errors) if errors else None
    return out


def merge_files(prog_name, quiet_path, trace_path, attr_path, out_path, python_name=None):
    import json

    def load(path):
        try:
            with open(path) as fh:
                return json.load(fh)
        except Exception:
            return None
    result = merge(prog_name, load(quiet_path), load(trace_path), load(attr_path), python_name)
    with open(out_path, "w") as fh:
        fh.write(json.dumps(result, indent=1) + "\n")


# --------------------------------------------------------------------------------------------
# Native parent: three child interpreters, then the merge
# --------------------------------------------------------------------------------------------

def _child_env():
    """No PYTHON* settings (PYTHONUNBUFFERED alone changes the start-up heap), a fixed hash seed."""
    import os
    env = dict((k, v) for k, v in os.environ.items() if not k.startswith("PYTHON"))
    env["PYTHONHASHSEED"] = "0"
    env["LANG"] = "C.UTF-8"
    return env


def main(argv):
    import os
    import subprocess
    import tempfile
    mode = None
    out = None
    timeout = 300.0
    prog = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--mode":
            mode = args.pop(0)
        elif a == "--out":
            out = args.pop(0)
        elif a == "--timeout":
            timeout = float(args.pop(0))
        elif prog is None:
            prog = a
    if prog is None:
        sys.stderr.write("usage: tracer.py [--mode quiet|trace|attr] PROGRAM.py [--out FILE]\n")
        return 2
    prog = os.path.abspath(prog)
    if mode is not None:
        run_pass(mode, prog, out)
        return 0
    me = os.path.abspath(__file__)
    with tempfile.TemporaryDirectory(prefix="gcscope-tracer-") as tmp:
        paths = []
        for m in ("quiet", "trace", "attr"):
            p = os.path.join(tmp, m + ".json")
            paths.append(p)
            try:
                r = subprocess.run([sys.executable, me, "--mode", m, prog, "--out", p],
                                   env=_child_env(), stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, timeout=timeout)
                if r.returncode != 0:
                    sys.stderr.write(r.stderr.decode("utf-8", "replace")[-2000:])
            except subprocess.TimeoutExpired:
                sys.stderr.write("tracer: %s pass timed out after %ss\n" % (m, timeout))
        target = out or os.path.join(tmp, "merged.json")
        merge_files(os.path.basename(prog), paths[0], paths[1], paths[2], target)
        if out is None:
            with open(target) as fh:
                sys.stdout.write(fh.read())
    return 0


def _pyodide_main():
    """Under Pyodide the runner passes the pass description in the environment."""
    import json
    import os
    spec = json.loads(os.environ["GCSCOPE_TRACER"])
    run_pass(spec["mode"], spec["prog"], spec["out"])


if __name__ == "__main__":
    import os as _os
    if "GCSCOPE_TRACER" in _os.environ:
        _pyodide_main()
    else:
        sys.exit(main(sys.argv[1:]))
