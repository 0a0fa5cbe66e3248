// gc.collect() after each scenario of the GC notes' table 5.4 (measured with probe_cycles.py on
// CPython 3.8.18 ... 3.13.0, 3.14.2, 3.15.0rc1): the scenario runs in a function after a clean
// collection with automatic GC off, then gc.collect() must return the measured value. Columns:
// 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14.2, 3.15.
import test from 'node:test';
import assert from 'node:assert/strict';
import { VERSIONS, collects, run } from './interpHarness';

const PRELUDE = `
import gc, sys, weakref
log = []
class A:
    pass
class Slots:
    __slots__ = ("other", "__weakref__")
class WithDel:
    def __del__(self):
        log.append("del")
class Meth:
    def m(self):
        pass
class BreaksCycleInDel:
    def __del__(self):
        self.other = None
class _Keeper:
    def run(self):
        try:
            raise ValueError("x")
        except ValueError as e:
            self.exc = e
def _inner_raise():
    raise ValueError("x")
def _gen1(l):
    yield 1
def _gen2(l):
    yield 1
    yield 2
async def _coro(l):
    return 1
_ext = []
_holder = {}
`;

/** [row name in 5.4, scenario body (indented 4), expected per version]. */
const ROWS: [string, string, number[]][] = [
  ['self-referencing list', 'l = []\n    l.append(l)', [1, 1, 1, 1, 1, 1, 1, 1]],
  ['5 self-referencing lists (seed program)', 'for count in range(5):\n        item = [0] * 5\n        item[count] = item', [5, 5, 5, 5, 5, 5, 5, 5]],
  ['self-referencing dict', 'd = {}\n    d["me"] = d', [1, 1, 1, 1, 1, 1, 1, 1]],
  ['list <-> tuple', 'l = []\n    t = (l, 1)\n    l.append(t)', [2, 2, 2, 2, 2, 2, 2, 2]],
  ['instance with a.me = a', 'a = A()\n    a.me = a', [2, 2, 2, 1, 1, 1, 1, 1]],
  ['two instances', 'a = A(); b = A()\n    a.other = b; b.other = a', [4, 4, 4, 2, 2, 2, 2, 2]],
  ['same + int attributes', 'a = A(); b = A()\n    a.x = 1; b.x = 2\n    a.other = b; b.other = a', [4, 4, 4, 2, 2, 2, 2, 2]],
  ['same + __dict__ touched', 'a = A(); b = A()\n    a.other = b; b.other = a\n    a.__dict__; b.__dict__', [4, 4, 4, 4, 4, 2, 2, 4]],
  ['two __slots__ instances', 'a = Slots(); b = Slots()\n    a.other = b; b.other = a', [2, 2, 2, 2, 2, 2, 2, 2]],
  ['instance <-> dict', 'a = A()\n    d = {"a": a}\n    a.d = d', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['closure referring to itself', 'def f():\n        return f', [3, 3, 3, 3, 3, 3, 3, 3]],
  ['lambda in list capturing the list', 'l = []\n    l.append(lambda: l)', [4, 4, 4, 4, 4, 4, 4, 4]],
  ['bound method stored on self', 'o = Meth()\n    o.cb = o.m', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['except E as e: err = e (local)', 'try:\n        raise ValueError("x")\n    except ValueError as e:\n        err = e', [4, 4, 4, 4, 4, 4, 3, 3]],
  ['same, exception raised in a callee', 'try:\n        _inner_raise()\n    except ValueError as e:\n        err = e', [6, 6, 6, 6, 6, 6, 5, 5]],
  ['same, exception raised inside a list comprehension', 'try:\n        [1 // 0 for x in [1]]\n    except ZeroDivisionError as e:\n        err = e', [7, 7, 7, 8, 4, 4, 3, 3]],
  ['h.exc = e on a local instance', 'h = A()\n    try:\n        raise ValueError("x")\n    except ValueError as e:\n        h.exc = e', [6, 6, 6, 5, 5, 5, 4, 4]],
  ['self.exc = e inside a method', 'o = _Keeper()\n    o.run()', [7, 7, 7, 6, 6, 6, 5, 5]],
  ['info = sys.exc_info() in a handler', 'try:\n        raise ValueError("x")\n    except ValueError:\n        info = sys.exc_info()', [5, 5, 5, 5, 5, 5, 4, 4]],
  ['f = sys._getframe()', 'f = sys._getframe()', [1, 1, 1, 1, 1, 1, 1, 1]],
  ['two __del__ instances in a cycle', 'a = WithDel(); b = WithDel()\n    a.other = b; b.other = a', [4, 4, 4, 2, 2, 2, 2, 2]],
  ['one __del__ instance a.me = a', 'a = WithDel()\n    a.me = a', [2, 2, 2, 1, 1, 1, 1, 1]],
  ['list <-> __del__ instance', 'l = []\n    w = WithDel()\n    w.l = l\n    l.append(w)', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['__del__ breaks the cycle', 'a = BreaksCycleInDel(); b = A()\n    a.other = b; b.other = a', [0, 0, 0, 0, 0, 0, 0, 0]],
  ['weakref+callback held outside', 'a = A()\n    a.me = a\n    _ext.append(weakref.ref(a, lambda r: log.append("cb")))', [2, 2, 2, 1, 1, 1, 1, 1]],
  ['weakref+callback stored on the cyclic object', 'a = A()\n    a.me = a\n    a.r = weakref.ref(a, lambda r: log.append("cb-inside"))', [4, 4, 4, 3, 3, 3, 3, 3]],
  ['weakref whose callback drops the weakref', 'a = A()\n    a.me = a\n    holder = _holder\n    holder["r"] = weakref.ref(a, lambda r: holder.pop("r"))', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['unstarted generator <-> list', 'l = []\n    it = _gen1(l)\n    l.append(it)', [0, 0, 0, 0, 2, 2, 2, 0]],
  ['started generator <-> list', 'l = []\n    it = _gen2(l)\n    next(it)\n    l.append(it)', [0, 0, 0, 0, 0, 0, 0, 0]],
  ['exhausted generator <-> list', 'l = []\n    it = _gen1(l)\n    for _ in it:\n        pass\n    l.append(it)', [0, 0, 0, 0, 0, 0, 0, 0]],
  ['unstarted coroutine <-> list', 'l = []\n    co = _coro(l)\n    l.append(co)', [3, 3, 3, 2, 2, 2, 2, 2]],
  ['class defined in a function, no methods', 'class Tmp:\n        pass', [6, 6, 6, 6, 6, 6, 5, 4]],
  ['class with one method', 'class Tmp2:\n        def m(self):\n            pass', [7, 7, 7, 7, 7, 7, 6, 5]],
];

for (const [row, body, expected] of ROWS) {
  const src = `${PRELUDE}\ndef scenario():\n    ${body}\n\ngc.collect()\ngc.disable()\nscenario()\nn = gc.collect()\n`;
  VERSIONS.forEach((v, i) => {
    test(`5.4 "${row}" on ${v}: gc.collect() returns ${expected[i]}`, async () => {
      const r = await run(src, v);
      assert.equal(r.simulation.limitHit, null);
      assert.deepEqual(collects(r), [0, expected[i]]);
    });
  });
}
