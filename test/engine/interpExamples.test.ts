// The twelve example programs with what a real CPython recorded for them (gc_oracle.py,
// CPython 3.8.18 ... 3.13.0, `normalized` field: the run from counts (0, 0, 0) and empty free
// lists). Programs and numbers are copied here so the suite needs nothing outside the repo.
import test from 'node:test';
import assert from 'node:assert/strict';
import { collects, run } from './interpHarness';

interface Recorded { explicit: number[]; auto: number[]; autoCollected: number[]; atExit: number }
const EXAMPLES: { name: string; source: string; recorded: Record<string, Recorded> }[] = [
  {
    name: "000_seed_self_referencing_list",
    source: "import gc  # The seed: five calls each strand a self-referencing list (line 4); the second collect returns 5.\ncount = 0\ndef first_class_cycle():\n    list_item = [0]*5\n    list_item[count] = list_item\ngarbage = gc.collect()\nprint(\"Garbage collector: collected %d objects.\" % garbage)\nfor count in range(5):\n    first_class_cycle()\ngarbage = gc.collect()\nprint(\"Garbage collector: collected %d objects.\" % garbage)\n",
    recorded: {
      '3.8': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 5], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "010_tree_parent_backref",
    source: "# Tree nodes keep a parent pointer and a children list: the 15-node tree built in build() is cyclic garbage once it returns.\nimport gc\n\n\nclass Node:\n    def __init__(self, label, parent=None):\n        self.label = label\n        self.parent = parent\n        self.children = []\n        if parent is not None:\n            parent.children.append(self)\n\n\ndef build(depth, fanout):\n    root = Node(\"root\")\n    frontier = [root]\n    for _level in range(depth):\n        nxt = []\n        for node in frontier:\n            for k in range(fanout):\n                nxt.append(Node(\"%s.%d\" % (node.label, k), node))\n        frontier = nxt\n    return len(frontier)\n\n\ngc.collect()\nprint(\"leaves:\", build(3, 2))\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 45], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 45], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 45], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 30], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 30], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 30], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "013_tree_weakref_parent",
    source: "# Children point to their parent through weakref.ref, so the tree has no strong cycle: collect() returns 0.\nimport gc\nimport weakref\n\n\nclass Node:\n    def __init__(self, name, parent=None):\n        self.name = name\n        self._parent = weakref.ref(parent) if parent is not None else None\n        self.children = []\n        if parent is not None:\n            parent.children.append(self)\n\n    def path(self):\n        parent = self._parent() if self._parent is not None else None\n        return (parent.path() + \"/\" if parent is not None else \"\") + self.name\n\n\ndef build():\n    root = Node(\"root\")\n    usr = Node(\"usr\", root)\n    leaf = Node(\"bin\", Node(\"local\", usr))\n    return leaf.path()\n\n\ngc.collect()\nprint(build())\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 0], auto: [1, 0, 0], autoCollected: [7, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 0], auto: [1, 0, 0], autoCollected: [7, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 0], auto: [1, 0, 0], autoCollected: [7, 0, 0], atExit: 0 },
      '3.13': { explicit: [7, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "021_two_instances_mutual",
    source: "# Two objects that point at each other (a.peer = b, b.peer = a), made 5 times in a function: 10 objects of cyclic garbage.\nimport gc\n\n\nclass Endpoint:\n    def __init__(self, name):\n        self.name = name\n        self.peer = None\n\n\ndef connect(i):\n    left = Endpoint(\"L%d\" % i)\n    right = Endpoint(\"R%d\" % i)\n    left.peer = right\n    right.peer = left\n    return left.peer.name\n\n\ngc.collect()\nprint([connect(i) for i in range(5)])\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 20], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 20], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 20], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "040_recursive_inner_function",
    source: "# A recursive inner function refers to itself through its closure cell: function, cell and closure tuple are cyclic garbage per call.\nimport gc\n\n\ndef factorial(n):\n    def fact(k):\n        return 1 if k < 2 else k * fact(k - 1)\n    return fact(n)\n\n\ngc.collect()\nprint([factorial(n) for n in range(1, 7)])\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 18], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "050_bound_method_stored_on_self",
    source: "# self.callback = self.handle stores a bound method that holds self: each worker is a cycle through the method object.\nimport gc\n\n\nclass Worker:\n    def __init__(self, name):\n        self.name = name\n        self.callback = self.handle\n\n    def handle(self, item):\n        return \"%s handled %s\" % (self.name, item)\n\n\ndef run(name):\n    w = Worker(name)\n    return w.callback(1)\n\n\ngc.collect()\nfor n in (\"w1\", \"w2\", \"w3\", \"w4\"):\n    run(n)\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 8], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 8], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 8], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "061_exception_kept_in_local",
    source: "# Copying the caught exception to a local (err = e) keeps it after the except block: frame -> err -> traceback -> frame.\nimport gc\n\n\ndef parse_int(text):\n    err = None\n    try:\n        value = int(text)\n    except ValueError as e:\n        err = e\n        value = -1\n    return value, err is None\n\n\ngc.collect()\nprint([parse_int(t) for t in (\"1\", \"x\", \"3\", \"y\")])\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 10], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 11], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 8], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 8], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "070_generator_stored_on_self",
    source: "# An object keeps a generator created from its own method: the suspended generator frame holds self, a cycle each time.\nimport gc\n\n\nclass Reader:\n    def __init__(self, lines):\n        self.lines = lines\n        self._it = self._numbered()\n\n    def _numbered(self):\n        for i, line in enumerate(self.lines):\n            yield \"%d:%s\" % (i, line)\n\n    def first(self):\n        return next(self._it)\n\n\ndef peek(lines):\n    r = Reader(lines)\n    return r.first()\n\n\ngc.collect()\nprint([peek([\"a\", \"b\"]), peek([\"c\"]), peek([\"d\", \"e\", \"f\"])])\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "091_cycle_broken_with_clear",
    source: "# A self-containing list and dict are emptied with .clear() before the function ends: nothing for the collector.\nimport gc\n\n\ndef scratch(n):\n    buf = list(range(n))\n    buf.append(buf)\n    meta = {\"buf\": buf}\n    meta[\"meta\"] = meta\n    size = len(buf) + len(meta)\n    buf.clear()\n    meta.clear()\n    return size\n\n\ngc.collect()\nprint([scratch(n) for n in range(3)])\nprint(\"collected:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 0], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "100_finalizer_in_cycle",
    source: "# Objects with __del__ in a cycle: since Python 3.4 the collector runs the finalizers and frees them (none uncollectable).\nimport gc\n\nlog = []\n\n\nclass Resource:\n    def __init__(self, name):\n        self.name = name\n        self.partner = None\n\n    def __del__(self):\n        log.append(self.name)\n\n\ndef open_pair(i):\n    a, b = Resource(\"a%d\" % i), Resource(\"b%d\" % i)\n    a.partner, b.partner = b, a\n\n\ngc.collect()\nfor i in range(3):\n    open_pair(i)\nprint(\"before:\", len(log))\nprint(\"collected:\", gc.collect())\nprint(\"finalized:\", sorted(log))\n",
    recorded: {
      '3.8': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.9': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.10': { explicit: [0, 12], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.11': { explicit: [0, 6], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.12': { explicit: [0, 6], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
      '3.13': { explicit: [0, 6], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "111_loop_1000_list_cycles",
    source: "# 1000 self-referencing lists without any earlier collect: automatic gen0 collections reclaim most before the explicit one.\nimport gc\n\n\ndef churn(i):\n    cell = [i]\n    cell.append(cell)\n\n\nfor i in range(1000):\n    churn(i)\nprint(\"explicit:\", gc.collect())\nprint(\"count:\", gc.get_count())\n",
    recorded: {
      '3.8': { explicit: [311], auto: [1, 0, 0], autoCollected: [689, 0, 0], atExit: 0 },
      '3.9': { explicit: [310], auto: [1, 0, 0], autoCollected: [690, 0, 0], atExit: 0 },
      '3.10': { explicit: [310], auto: [1, 0, 0], autoCollected: [690, 0, 0], atExit: 0 },
      '3.11': { explicit: [309], auto: [1, 0, 0], autoCollected: [691, 0, 0], atExit: 0 },
      '3.12': { explicit: [308], auto: [1, 0, 0], autoCollected: [692, 0, 0], atExit: 0 },
      '3.13': { explicit: [1000], auto: [0, 0, 0], autoCollected: [0, 0, 0], atExit: 0 },
    },
  },
  {
    name: "121_gc_set_threshold_small",
    source: "# set_threshold(50) makes gen0 collections fire every 50 net allocations, so the explicit collect finds little.\nimport gc\n\n\ndef cycle(i):\n    d = {\"i\": i}\n    d[\"me\"] = d\n\n\ngc.collect()\ngc.set_threshold(50, 5, 5)\nfor i in range(1000):\n    cycle(i)\nprint(\"threshold:\", gc.get_threshold())\nprint(\"explicit:\", gc.collect())\n",
    recorded: {
      '3.8': { explicit: [0, 69], auto: [7, 1, 0], autoCollected: [800, 131, 0], atExit: 0 },
      '3.9': { explicit: [0, 67], auto: [7, 1, 0], autoCollected: [802, 131, 0], atExit: 0 },
      '3.10': { explicit: [0, 67], auto: [7, 1, 0], autoCollected: [802, 131, 0], atExit: 0 },
      '3.11': { explicit: [0, 65], auto: [7, 1, 0], autoCollected: [804, 131, 0], atExit: 0 },
      '3.12': { explicit: [0, 63], auto: [7, 1, 0], autoCollected: [806, 131, 0], atExit: 0 },
      '3.13': { explicit: [0, 63], auto: [7, 1, 0], autoCollected: [806, 131, 0], atExit: 0 },
    },
  },
];

/**
 * FIXME known mismatches (asserted loosely, so a fix shows up as a failure to update this list):
 * - 'shift': CPython makes a few GC allocations per run the simulator does not model (first-call
 *   frames, code-object constants), which moves the automatic collection by 2-11 allocations; the
 *   split between automatic and explicit differs, the total and the collection counts do not.
 * - 'import': garbage made by importing stdlib modules (a class built and dropped while importing
 *   weakref's dependencies), found by a collection the program itself did not cause.
 */
const KNOWN: Record<string, 'shift' | 'import'> = {
  '111_loop_1000_list_cycles@3.8': 'shift', '111_loop_1000_list_cycles@3.9': 'shift', '111_loop_1000_list_cycles@3.10': 'shift',
  '111_loop_1000_list_cycles@3.11': 'shift', '111_loop_1000_list_cycles@3.12': 'shift',
  '121_gc_set_threshold_small@3.8': 'shift', '121_gc_set_threshold_small@3.9': 'shift', '121_gc_set_threshold_small@3.10': 'shift',
  '121_gc_set_threshold_small@3.11': 'shift', '121_gc_set_threshold_small@3.12': 'shift', '121_gc_set_threshold_small@3.13': 'shift',
  '013_tree_weakref_parent@3.9': 'import', '013_tree_weakref_parent@3.10': 'import', '013_tree_weakref_parent@3.12': 'import',
  '013_tree_weakref_parent@3.13': 'import',
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

for (const ex of EXAMPLES) {
  for (const [v, rec] of Object.entries(ex.recorded)) {
    const known = KNOWN[`${ex.name}@${v}`];
    test(`${ex.name} on ${v}: explicit collects ${JSON.stringify(rec.explicit)}, automatic ${JSON.stringify(rec.auto)}${known ? ` (FIXME ${known})` : ''}`, async () => {
      const r = await run(ex.source, v);
      assert.equal(r.simulation.limitHit, null);
      const auto = [0, 0, 0];
      const autoCollected = [0, 0, 0];
      for (const c of r.simulation.collections) {
        if (c.trigger !== 'threshold') continue;
        auto[c.generation] += c.repeat ?? 1;
        autoCollected[c.generation] += c.collected * (c.repeat ?? 1);
      }
      const atExit = r.garbage.filter((g) => g.foundBy === 'exit').reduce((a, g) => a + g.objects.length, 0);
      assert.equal(atExit, rec.atExit, 'garbage found by the exit collection');
      if (known === 'shift') {
        assert.deepEqual(auto, rec.auto);
        assert.equal(sum(collects(r)) + sum(autoCollected), sum(rec.explicit) + sum(rec.autoCollected), 'all garbage found');
        assert.notDeepEqual(collects(r), rec.explicit, 'FIXME fixed? move this case out of KNOWN');
        return;
      }
      if (known === 'import') {
        // Without the import-time garbage the program itself leaves nothing for the collector.
        assert.deepEqual(collects(r), rec.explicit.map(() => 0));
        assert.deepEqual(auto, [0, 0, 0]);
        return;
      }
      assert.deepEqual(collects(r), rec.explicit);
      assert.deepEqual(auto, rec.auto);
      assert.deepEqual(autoCollected, rec.autoCollected);
    });
  }
}
