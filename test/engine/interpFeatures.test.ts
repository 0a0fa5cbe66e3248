// Language features the interpreter models, each as a scenario function whose stranded cycles
// a final gc.collect() counts. Expected values were recorded with the real interpreters
// (CPython 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1, 3.13.0; same driver as probe_cycles.py:
// clean collect, gc.disable(), scenario(), gc.collect()) and copied here as data.
import test from 'node:test';
import assert from 'node:assert/strict';
import { collects, run } from './interpHarness';

const DRIVER = '\nimport gc\ngc.collect()\ngc.disable()\nscenario()\n_n = gc.collect()\n';

/** name -> [program, recorded gc.collect() per version]. */
const CASES: Record<string, [string, Record<string, number>]> = {
  decorator_closure_cycle: ["\nimport functools\ndef deco(fn):\n    def wrapper(*a, **k):\n        return fn(*a, **k)\n    wrapper.inner = wrapper\n    return wrapper\ndef scenario():\n    @deco\n    def f(x):\n        return x\n    f(1)\n", {"3.8": 5, "3.9": 5, "3.10": 5, "3.11": 5, "3.12": 5, "3.13": 5}],
  super_init_cycle: ["\nclass Base:\n    def __init__(self, parent):\n        self.parent = parent\n        self.children = []\nclass Child(Base):\n    def __init__(self, parent):\n        super().__init__(parent)\n        parent.children.append(self)\ndef scenario():\n    root = Base(None)\n    for i in range(3):\n        Child(root)\n", {"3.8": 12, "3.9": 12, "3.10": 12, "3.11": 8, "3.12": 8, "3.13": 8}],
  nonlocal_counter_no_cycle: ["\ndef make():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ndef scenario():\n    f = make()\n    f(); f()\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 0}],
  dict_comprehension_self: ["\ndef scenario():\n    d = {k: [k] for k in range(4)}\n    d[\"all\"] = d\n", {"3.8": 5, "3.9": 5, "3.10": 5, "3.11": 5, "3.12": 5, "3.13": 5}],
  genexp_sum_no_cycle: ["\ndef scenario():\n    total = sum(x * 2 for x in range(100))\n    l = [total]\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 0}],
  with_contextmanager_cycle: ["\nclass Ctx:\n    def __enter__(self):\n        self.me = self\n        return self\n    def __exit__(self, *a):\n        return False\ndef scenario():\n    with Ctx() as c:\n        pass\n", {"3.8": 2, "3.9": 2, "3.10": 2, "3.11": 1, "3.12": 1, "3.13": 1}],
  try_finally_return: ["\ndef inner():\n    l = []\n    try:\n        l.append(l)\n        return 1\n    finally:\n        l.append(2)\ndef scenario():\n    for i in range(3):\n        inner()\n", {"3.8": 3, "3.9": 3, "3.10": 3, "3.11": 3, "3.12": 3, "3.13": 3}],
  while_loop_cycles: ["\ndef scenario():\n    i = 0\n    while i < 7:\n        a = {}\n        a[\"self\"] = a\n        i += 1\n", {"3.8": 7, "3.9": 7, "3.10": 7, "3.11": 7, "3.12": 7, "3.13": 7}],
  list_ops_break_cycle: ["\ndef scenario():\n    a = []\n    b = [a]\n    a.append(b)\n    a.pop()\n    c = []\n    c.append(c)\n    c.remove(c)\n    d = [1, 2]\n    d.insert(0, d)\n", {"3.8": 1, "3.9": 1, "3.10": 1, "3.11": 1, "3.12": 1, "3.13": 1}],
  slots_and_dict_attrs: ["\nclass S:\n    __slots__ = (\"x\",)\nclass P:\n    pass\ndef scenario():\n    s = S(); s.x = s\n    p = P(); p.a = [p]\n", {"3.8": 4, "3.9": 4, "3.10": 4, "3.11": 3, "3.12": 3, "3.13": 3}],
  classmethod_staticmethod_property: ["\nclass K:\n    registry = []\n    @classmethod\n    def make(cls):\n        o = cls()\n        o.me = o\n        return o\n    @staticmethod\n    def helper(x):\n        return [x]\n    @property\n    def size(self):\n        return 1\ndef scenario():\n    k = K.make()\n    h = K.helper(k)\n    s = k.size\n", {"3.8": 2, "3.9": 2, "3.10": 2, "3.11": 1, "3.12": 1, "3.13": 1}],
  weakset_and_finalize: ["\nimport weakref\nclass T:\n    pass\nlog = []\ndef scenario():\n    ws = weakref.WeakSet()\n    t = T(); t.me = t\n    ws.add(t)\n    u = T(); u.me = u\n    weakref.finalize(u, log.append, 1)\n", {"3.8": 5, "3.9": 5, "3.10": 5, "3.11": 3, "3.12": 3, "3.13": 3}],
  exception_chain_in_handler: ["\ndef scenario():\n    try:\n        try:\n            raise KeyError(\"a\")\n        except KeyError:\n            raise ValueError(\"b\")\n    except ValueError as e:\n        err = e\n", {"3.8": 7, "3.9": 7, "3.10": 7, "3.11": 7, "3.12": 7, "3.13": 7}],
  enumerate_zip_map: ["\ndef scenario():\n    items = [[i] for i in range(3)]\n    for i, it in enumerate(items):\n        it.append(it)\n    pairs = list(zip(items, items))\n    doubled = list(map(lambda x: x, items))\n", {"3.8": 3, "3.9": 3, "3.10": 3, "3.11": 3, "3.12": 3, "3.13": 3}],
  del_and_rebind: ["\ndef scenario():\n    a = []\n    a.append(a)\n    del a\n    b = {}\n    b[1] = b\n    b = None\n    c = [0] * 3\n    c[1] = c\n    c = c[:]\n", {"3.8": 3, "3.9": 3, "3.10": 3, "3.11": 3, "3.12": 3, "3.13": 3}],
  default_arg_mutable_cycle: ["\ndef scenario():\n    def f(acc=[]):\n        acc.append(acc)\n        return acc\n    f()\n", {"3.8": 1, "3.9": 1, "3.10": 1, "3.11": 1, "3.12": 1, "3.13": 1}],
  instance_method_cycle_via_list: ["\nclass Btn:\n    def __init__(self):\n        self.handlers = []\n        self.handlers.append(self.click)\n    def click(self):\n        pass\ndef scenario():\n    for i in range(4):\n        Btn()\n", {"3.8": 16, "3.9": 16, "3.10": 16, "3.11": 12, "3.12": 12, "3.13": 12}],
  tuple_unpack_and_star: ["\ndef scenario():\n    first, *rest = [[1], [2], [3]]\n    rest.append(rest)\n    a, b = ([], [])\n    a.append(b); b.append(a)\n", {"3.8": 5, "3.9": 5, "3.10": 5, "3.11": 5, "3.12": 5, "3.13": 5}],
  generator_on_self_started: ["\nclass R:\n    def __init__(self):\n        self.it = self.gen()\n    def gen(self):\n        yield 1\n        yield 2\ndef scenario():\n    for i in range(3):\n        r = R()\n        next(r.it)\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 0}],
  generator_on_self_unstarted: ["\nclass R:\n    def __init__(self):\n        self.it = self.gen()\n    def gen(self):\n        yield 1\ndef scenario():\n    for i in range(3):\n        R()\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 6, "3.13": 6}],
  genexp_kept_in_cycle: ["\ndef scenario():\n    l = [1, 2]\n    g = (x for x in l)\n    l.append(g)\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 4, "3.13": 4}],
  del_resurrect: ["\nsaved = []\nclass Z:\n    def __del__(self):\n        saved.append(self)\ndef scenario():\n    z = Z()\n    z.me = z\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 0}],
  gc_callbacks_list: ["\nimport gc\ncalls = []\ndef cb(phase, info):\n    calls.append(phase)\ndef scenario():\n    gc.callbacks.append(cb)\n    l = []\n    l.append(l)\n", {"3.8": 1, "3.9": 1, "3.10": 1, "3.11": 1, "3.12": 1, "3.13": 1}],
  recursive_tree_backrefs: ["\nclass Node:\n    def __init__(self, parent=None):\n        self.parent = parent\n        self.kids = []\n        if parent is not None:\n            parent.kids.append(self)\ndef build(parent, depth):\n    if depth == 0:\n        return\n    for i in range(2):\n        build(Node(parent), depth - 1)\ndef scenario():\n    root = Node()\n    build(root, 3)\n", {"3.8": 45, "3.9": 45, "3.10": 45, "3.11": 30, "3.12": 30, "3.13": 30}],
  exception_in_init: ["\nclass Bad:\n    def __init__(self):\n        self.me = self\n        raise RuntimeError(\"no\")\ndef scenario():\n    try:\n        Bad()\n    except RuntimeError:\n        pass\n", {"3.8": 2, "3.9": 2, "3.10": 2, "3.11": 1, "3.12": 1, "3.13": 1}],
  two_cell_closures: ["\ndef scenario():\n    a = []\n    b = {}\n    def f():\n        return a, b\n    a.append(f)\n    b[\"f\"] = f\n", {"3.8": 6, "3.9": 6, "3.10": 6, "3.11": 6, "3.12": 6, "3.13": 6}],
  class_registry_alive: ["\nclass Reg:\n    items = []\n    def __init__(self):\n        Reg.items.append(self)\n        self.me = self\ndef scenario():\n    for i in range(3):\n        Reg()\n", {"3.8": 0, "3.9": 0, "3.10": 0, "3.11": 0, "3.12": 0, "3.13": 0}],
  dict_items_loop_cycles: ["\ndef scenario():\n    d = {i: [i] for i in range(5)}\n    for k, v in d.items():\n        v.append(v)\n    d.clear()\n", {"3.8": 5, "3.9": 5, "3.10": 5, "3.11": 5, "3.12": 5, "3.13": 5}],
  string_format_and_isinstance: ["\ndef scenario():\n    out = []\n    for i in range(6):\n        s = \"%d-%s\" % (i, \"x\")\n        if isinstance(i, int) and i % 3 == 0:\n            n = [s]\n            n.append(n)\n        out.append(s)\n", {"3.8": 2, "3.9": 2, "3.10": 2, "3.11": 2, "3.12": 2, "3.13": 2}],
  exception_loop_kept: ["\ndef scenario():\n    errs = []\n    for i in range(3):\n        try:\n            raise ValueError(i)\n        except ValueError as e:\n            errs.append(e)\n", {"3.8": 11, "3.9": 11, "3.10": 11, "3.11": 11, "3.12": 11, "3.13": 11}],
  lambda_default_capture: ["\ndef scenario():\n    fs = []\n    for i in range(3):\n        fs.append(lambda i=i: fs)\n", {"3.8": 11, "3.9": 11, "3.10": 11, "3.11": 11, "3.12": 11, "3.13": 11}],
  setdefault_and_pop: ["\ndef scenario():\n    d = {}\n    d.setdefault(\"a\", []).append(d)\n    x = d.pop(\"a\")\n    x.append(x)\n", {"3.8": 2, "3.9": 2, "3.10": 2, "3.11": 2, "3.12": 2, "3.13": 2}],
  sets_cycle: ["\nclass H:\n    pass\ndef scenario():\n    s = set()\n    h = H()\n    h.s = s\n    s.add(h)\n", {"3.8": 3, "3.9": 3, "3.10": 3, "3.11": 2, "3.12": 2, "3.13": 2}],
  augassign_list_and_attr: ["\nclass C:\n    def __init__(self):\n        self.l = []\ndef scenario():\n    c = C()\n    c.l += [c]\n    m = []\n    m += [m]\n", {"3.8": 4, "3.9": 4, "3.10": 4, "3.11": 3, "3.12": 3, "3.13": 3}],
  dataclass_parent_cycle: ["\nfrom dataclasses import dataclass, field\n@dataclass\nclass Node:\n    name: str\n    parent: object = None\n    kids: list = field(default_factory=list)\ndef scenario():\n    a = Node(\"a\")\n    b = Node(\"b\", a)\n    a.parent = b\n", {"3.8": 6, "3.9": 6, "3.10": 6, "3.11": 4, "3.12": 4, "3.13": 4}],
  main_guard_and_unknown_decorator: ["\nimport functools\ndef logged(fn):\n    @functools.wraps(fn)\n    def inner(*a):\n        return fn(*a)\n    return inner\n@functools.lru_cache(maxsize=None)\ndef cached(n):\n    return n\ndef scenario():\n    l = [cached(1)]\n    l.append(l)\n", {"3.8": 1, "3.9": 1, "3.10": 1, "3.11": 1, "3.12": 1, "3.13": 1}],
  pairs_kept_from_enumerate_and_items: ["\ndef scenario():\n    kept = []\n    lists = [[1], [2]]\n    for p in enumerate(lists):\n        kept.append(p)\n    d = {\"a\": [3]}\n    for kv in d.items():\n        kept.append(kv)\n    del lists, d\n    kept.append(kept)\n", {"3.8": 7, "3.9": 7, "3.10": 7, "3.11": 7, "3.12": 7, "3.13": 7}],
};

for (const [name, [src, recorded]] of Object.entries(CASES)) {
  for (const [v, n] of Object.entries(recorded)) {
    test(`${name} on ${v}: gc.collect() returns ${n} (recorded)`, async () => {
      const r = await run(src + DRIVER, v);
      assert.equal(r.simulation.limitHit, null);
      assert.deepEqual(collects(r), [0, n]);
    });
  }
}
