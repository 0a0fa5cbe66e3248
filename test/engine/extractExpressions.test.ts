// Expressions -> IR: containers, comprehensions (lowered bodies), calls, operators as written,
// literals (ints in every base, big ints, floats, complex, strings, bytes, f-strings), lambda,
// yield / await / walrus, slices, and the sites (spans) that allocations are reported at.
import test from 'node:test';
import assert from 'node:assert/strict';
import { check, extract } from './extractHarness';
import type { Expr, Stmt } from '../../engine/src/ir';

test('containers: list, tuple, set, dict, starred and ** entries, empty ones', async () => {
  await check(
    `
    [1, *a]; (1,); (); {1, 2}; {}; {'k': v, **d}; [[x]]; 1, 2
    `,
    `
    <module>
      [1, *a:b]
      (1,)
      ()
      {1, 2}
      {}
      {"k": v:b, **d:b}
      [[x:b]]
      (1, 2)
    `,
  );
});

test('comprehensions are lowered into their own code objects', async () => {
  await check(
    `
    def f(xs, ys):
        a = [x * y for x in xs if x for y in ys]
        b = {k: v for k, v in xs}
        c = {x for x in xs}
        d = (x for x in xs if x)
    `,
    `
    <module> locals=f
      def f:g = #1
    #1 function f (xs, ys) locals=xs,a,b,c,d cells=ys
      a:l = listcomp#2(xs:l)
      b:l = dictcomp#3(xs:l)
      c:l = setcomp#4(xs:l)
      d:l = gencomp#5(xs:l)
    #2 comprehension f.<locals>.<listcomp> (.0) locals=.0,.result,x,y free=ys
      .result:l = []
      for x:l in .0:l:
        if x:l:
          for y:l in ys:f:
            .result:l.append((x:l * y:l))
      return .result:l
    #3 comprehension f.<locals>.<dictcomp> (.0) locals=.0,.result,k,v
      .result:l = {}
      for [k:l, v:l] in .0:l:
        .result:l[k:l] = v:l
      return .result:l
    #4 comprehension f.<locals>.<setcomp> (.0) locals=.0,.result,x
      .result:l = set()
      for x:l in .0:l:
        .result:l.add(x:l)
      return .result:l
    #5 comprehension f.<locals>.<genexpr> (.0) locals=.0,x gen
      for x:l in .0:l:
        if x:l:
          (yield x:l)
    `,
  );
});

test('async comprehension and a genexp as the only call argument', async () => {
  await check(
    `
    async def f(s):
        return [x async for x in s], sum(y for y in s)
    `,
    `
    <module> locals=f
      def f:g = #1
    #1 function f (s) locals=s async
      return (listcomp#2(s:l), sum:b(gencomp#3(s:l)))
    #2 comprehension f.<locals>.<listcomp> (.0) locals=.0,.result,x async
      .result:l = []
      async for x:l in .0:l:
        .result:l.append(x:l)
      return .result:l
    #3 comprehension f.<locals>.<genexpr> (.0) locals=.0,y gen
      for y:l in .0:l:
        (yield y:l)
    `,
  );
});

test('PEP 798 (3.15) unpacking comprehensions extend the result', async () => {
  await check(
    `
    [*it for it in its]
    {*s for s in ss}
    (*g for g in gs)
    `,
    `
    <module>
      listcomp#1(its:b)
      setcomp#2(ss:b)
      gencomp#3(gs:b)
    #1 comprehension <listcomp> (.0) locals=.0,.result,it
      .result:l = []
      for it:l in .0:l:
        .result:l.extend(it:l)
      return .result:l
    #2 comprehension <setcomp> (.0) locals=.0,.result,s
      .result:l = set()
      for s:l in .0:l:
        .result:l.update(s:l)
      return .result:l
    #3 comprehension <genexpr> (.0) locals=.0,g gen
      for g:l in .0:l:
        (yield from g:l)
    `,
  );
});

test('calls: positional, *args, keywords, **kwargs, chained calls, attributes, subscripts, slices', async () => {
  await check(
    `
    f(a, *b, k=1, **d)(2).m[0][1:2, ::3][:]
    x[lo:hi:st]
    `,
    `
    <module>
      f:b(a:b, *b:b, k=1, **d:b)(2).m[0][(1:2, ::3)][:]
      x:b[lo:b:hi:b:st:b]
    `,
  );
});

test('operators as written: binary, unary, boolean chains, comparisons, conditional', async () => {
  await check(
    `
    a + b * c - d / e // f % g ** h @ i << j >> k & l | m ^ n
    not a; -a; +a; ~a
    a and b and c or d
    a < b <= c == d != e > f >= g is h is not i in j not in k
    x if c else y
    `,
    `
    <module>
      ((((((a:b + (b:b * c:b)) - ((((d:b / e:b) // f:b) % (g:b ** h:b)) @ i:b)) << j:b) >> k:b) & l:b) | (m:b ^ n:b))
      (not a:b)
      (-a:b)
      (+a:b)
      (~a:b)
      ((a:b and b:b and c:b) or d:b)
      (a:b < b:b <= c:b == d:b != e:b > f:b >= g:b is h:b is not i:b in j:b not in k:b)
      (x:b if c:b else y:b)
    `,
  );
});

test('literals: int bases, underscores, big ints, floats, complex, bool, None, ellipsis', async () => {
  await check(
    `
    0x1F; 0o17; 0b101; 1_000_000; 10000000000000000000000; 1.5; 1e3; .5; 2j; 1.5J; True; False; None; ...
    `,
    `
    <module>
      31
      15
      5
      1000000
      1e+22
      1.5
      1000.0
      0.5
      2j
      1.5j
      True
      False
      None
      ...
    `,
  );
});

test('strings: prefixes, escapes, raw, bytes, implicit concatenation, f-strings with nested specs', async () => {
  await check(
    `
    pass
    'a\\tb' "c"
    r'\\n'
    b'x' rb'y'
    f"{x!r:>{w}} and {y=}" 'z'
    u'\\x41\\u00e9'
    """multi
    line"""
    `,
    `
    <module>
      pass
      "a\\tbc"
      "\\\\n"
      b"xy"
      f(x:b, w:b, y:b)
      "Aé"
      "multi\\nline"
    `,
  );
});

test('lambda, yield, yield from, await, walrus', async () => {
  await check(
    `
    key = lambda item, *rest, k=[], **kw: item[k]
    def gen():
        x = yield
        y = yield from g()
        if (n := len(x)) > 1:
            return n
    async def co():
        return await thing
    `,
    `
    <module> locals=key,gen,co
      key:g = lambda#1(k=[])
      def gen:g = #2
      def co:g = #3
    #1 lambda <lambda> (item, *rest, k=:kw, **kw) locals=item,rest,k,kw
      return item:l[k:l]
    #2 function gen () locals=x,y,n gen
      x:l = (yield)
      y:l = (yield from g:b())
      if ((n:l := len:b(x:l)) > 1):
        return n:l
    #3 function co () async
      return (await thing:b)
    `,
  );
});

test('a lambda containing yield is a generator; a genexp inside a def does not make it one', async () => {
  await check(
    `
    g = lambda: (yield)
    def f():
        return (x for x in y)
    `,
    `
    <module> locals=g,f
      g:g = lambda#1
      def f:g = #2
    #1 lambda <lambda> () gen
      return (yield)
    #2 function f ()
      return gencomp#3(y:b)
    #3 comprehension f.<locals>.<genexpr> (.0) locals=.0,x gen
      for x:l in .0:l:
        (yield x:l)
    `,
  );
});

function firstExpr(body: Stmt[]): Expr {
  const s = body[0];
  if (s.k === 'expr') return s.value;
  if (s.k === 'assign') return s.value;
  throw new Error(`unexpected ${s.k}`);
}

test('sites: a container literal reports its own brackets; a call its whole text', async () => {
  const m = await extract('x = f(a, [1,\n  2], {})\n');
  const call = firstExpr(m.functions[0].body);
  assert.equal(call.k, 'call');
  if (call.k !== 'call') return;
  assert.deepEqual(call.site, { line: 0, col: 4, endLine: 1, endCol: 9 });
  assert.deepEqual(call.args[1].value.site, { line: 0, col: 9, endLine: 1, endCol: 4 });
  assert.deepEqual(call.args[2].value.site, { line: 1, col: 6, endLine: 1, endCol: 8 });
  const comp = firstExpr((await extract('[y for y in z]\n')).functions[0].body);
  assert.deepEqual(comp.site, { line: 0, col: 0, endLine: 0, endCol: 14 });
});

test('sites count UTF-16 code units after non-ASCII text', async () => {
  const m = await extract('s = "é😀"; t = [1]\n');
  const assign = m.functions[0].body[1];
  assert.equal(assign.k, 'assign');
  if (assign.k === 'assign') assert.deepEqual(assign.value.site, { line: 0, col: 15, endLine: 0, endCol: 18 });
});
