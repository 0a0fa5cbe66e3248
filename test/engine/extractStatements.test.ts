// Statements -> IR, one construct family per test: assignments, control flow, exceptions, with,
// definitions, imports, simple statements, docstrings, match lowering, suppressions.
import test from 'node:test';
import assert from 'node:assert/strict';
import { check, extract } from './extractHarness';

test('assignments: chained, unpacking, starred, augmented, annotated, del', async () => {
  await check(
    `
    a = b = [1]
    x, (y, *z) = t = f()
    [p, q] = r
    a.b.c = a[0] = 1
    a += 1
    a.n //= 2
    a[i] **= 3
    v: int = 3
    w: int
    del a, b[0], a.c
    `,
    `
    <module> locals=a,b,x,y,z,t,p,q,v,w
      a:g = b:g = [1]
      [x:g, [y:g, *z:g]] = t:g = f:b()
      [p:g, q:g] = r:b
      a:g.b.c = a:g[0] = 1
      a:g += 1
      a:g.n //= 2
      a:g[i:b] **= 3
      v:g: = 3
      w:g:
      del a:g, b:g[0], a:g.c
    `,
  );
});

test('if / elif / else nests elif in orelse', async () => {
  await check(
    `
    if a:
        pass
    elif b:
        x = 1
    elif c:
        pass
    else:
        x = 2
    `,
    `
    <module> locals=x
      if a:b:
        pass
      else:
        if b:b:
          x:g = 1
        else:
          if c:b:
            pass
          else:
            x:g = 2
    `,
  );
});

test('for / while with else, break, continue, async for', async () => {
  await check(
    `
    for i, j in enumerate(xs):
        if i: break
        continue
    else:
        done = 1
    while n > 0:
        n -= 1
    else:
        pass
    for k in 1, 2:
        pass
    async def f():
        async for x in g():
            pass
    `,
    `
    <module> locals=i,j,done,n,k,f
      for [i:g, j:g] in enumerate:b(xs:b):
        if i:g:
          break
        continue
      else:
        done:g = 1
      while (n:g > 0):
        n:g -= 1
      else:
        pass
      for k:g in (1, 2):
        pass
      def f:g = #1
    #1 function f () locals=x async
      async for x:l in g:b():
        pass
    `,
  );
});

test('try / except / else / finally, except*, raise from, 3.14 unparenthesised except', async () => {
  await check(
    `
    try:
        raise ValueError("x") from None
    except (KeyError, IndexError) as e:
        raise
    except ValueError:
        pass
    except:
        pass
    else:
        ok = 1
    finally:
        done = 1
    try:
        pass
    except* OSError as eg:
        pass
    try:
        pass
    except ValueError, TypeError:
        pass
    `,
    `
    <module> locals=e,ok,done,eg
      try:
        raise ValueError:b("x") from None
      except (KeyError:b, IndexError:b) as e:g:
        raise
      except ValueError:b:
        pass
      except:
        pass
      else:
        ok:g = 1
      finally:
        done:g = 1
      try:
        pass
      except* OSError:b as eg:g:
        pass
      try:
        pass
      except (ValueError:b, TypeError:b):
        pass
    `,
  );
});

test('with: several items, targets, async with, parenthesised items', async () => {
  await check(
    `
    with open(p) as f, lock, ctx() as (a, b):
        pass
    with (A() as x, B() as y):
        pass
    async def g():
        async with s as t:
            pass
    `,
    `
    <module> locals=f,a,b,x,y,g
      with open:b(p:b) as f:g, lock:b, ctx:b() as [a:g, b:g]:
        pass
      with A:b() as x:g, B:b() as y:g:
        pass
      def g:g = #1
    #1 function g () locals=t async
      async with s:b as t:l:
        pass
    `,
  );
});

test('def: decorators, defaults, kw defaults, parameter kinds, generator, async, docstring', async () => {
  await check(
    `
    @dec
    @dec2(1)
    def f(a, b=[], /, c=d, *args, e, g={}, **kw) -> int:
        "Doc."
        yield a
    async def h(*, k): return await k
    def n(): return
    `,
    `
    <module> locals=f,h,n
      @dec:b @dec2:b(1) def f:g = #1 defaults=([], d:b) kwdefaults=(g={})
      def h:g = #2
      def n:g = #3
    #1 function f (a/, b=/, c=, *args, e:kw, g=:kw, **kw) locals=a,b,c,args,e,g,kw gen doc="Doc."
      (yield a:l)
    #2 function h (k:kw) locals=k async
      return (await k:l)
    #3 function n ()
      return
    `,
  );
});

test('class: bases, keywords, **kwargs, decorators, nested qualnames, class docstring', async () => {
  await check(
    `
    @register
    class C(Base, *mixins, metaclass=Meta, **opts):
        """A class."""
        x = 1
        def m(self):
            def inner(): pass
            class L: pass
    `,
    `
    <module> locals=C
      @register:b class C:g = #1(Base:b, *mixins:b, metaclass=Meta:b, **opts:b)
    #1 class C locals=x,m doc="A class."
      x:l = 1
      def m:l = #2
    #2 function C.m (self) locals=self,inner,L
      def inner:l = #3
      class L:l = #4()
    #3 function C.m.<locals>.inner ()
      pass
    #4 class C.m.<locals>.L
      pass
    `,
  );
});

test('imports: dotted, aliased, relative levels, star, future', async () => {
  await check(
    `
    import os, os.path as osp, xml.dom
    from . import sibling
    from ..pkg.mod import a as b, c
    from .m import *
    from __future__ import annotations
    def f():
        import gc
    `,
    `
    <module> locals=os,osp,xml,sibling,b,c,annotations,f
      import os as os:g, os.path as osp:g, xml.dom as xml:g
      from . import sibling as sibling:g
      from ..pkg.mod import a as b:g, c as c:g
      from .m import * as *:g
      from __future__ import annotations as annotations:g
      def f:g = #1
    #1 function f () locals=gc
      import gc as gc:l
    `,
  );
});

test('PEP 810 lazy imports (3.15) are imports; a stray `lazy` stays a syntax error', async () => {
  await check(
    `
    lazy import json
    lazy from os import path as p
    lazy = 1
    `,
    `
    <module> locals=json,p,lazy
      import json as json:g
      from os import path as p:g
      lazy:g = 1
    `,
  );
  const m = await extract('lazy x\ny = 1\n');
  assert.deepEqual(m.problems.map((p) => [p.message, p.site.line]), [["syntax error: unexpected 'lazy x' (this line is left out of the analysis)", 0]]);
});

test('assert, pass, return tuple, global and nonlocal resolved away', async () => {
  await check(
    `
    def f():
        global G
        G = 1
        x = 0
        def g():
            nonlocal x
            x = 2
            assert x, "msg"
            return x, G
    `,
    `
    <module> locals=f
      def f:g = #1
    #1 function f () locals=g cells=x globals=G
      G:g = 1
      x:c = 0
      def g:l = #2
    #2 function f.<locals>.g () free=x
      x:f = 2
      assert x:f, "msg"
      return (x:f, G:g)
    `,
  );
});

test('docstrings: module, only the first statement, not f-strings', async () => {
  await check(
    `
    "Module doc."
    def f():
        x = 1
        "not a docstring"
    def g():
        f"not {x} a docstring"
    `,
    `
    <module> locals=f,g doc="Module doc."
      def f:g = #1
      def g:g = #2
    #1 function f () locals=x
      x:l = 1
      "not a docstring"
    #2 function g ()
      f(x:b)
    `,
  );
});

test('match is lowered to if-chains with captures bound and values evaluated', async () => {
  await check(
    `
    def f(p):
        match p:
            case Point(x=0, y=yy) if yy > 0:
                return [yy]
            case [a, *rest]:
                pass
            case Color.RED as c:
                pass
            case _:
                pass
    `,
    `
    <module> locals=f
      def f:g = #1
    #1 function f (p) locals=p,yy,a,rest,c
      p:l
      if ?"case Point(x=0, y=yy)"(Point:b, (yy:l > 0)):
        yy:l = ?"match capture"()
        return [yy:l]
      else:
        if ?"case [a, *rest]"():
          a:l = ?"match capture"()
          rest:l = ?"match capture"()
          pass
        else:
          if ?"case Color.RED as c"(Color:b.RED):
            c:l = ?"match capture"()
            pass
          else:
            if ?"case _"():
              pass
    `,
  );
});

test('unmodelled statements become unknown with their sub-expressions', async () => {
  await check(
    `
    type Alias = list[int]
    print >>sys.stderr, [1]
    `,
    `
    <module> locals=Alias
      Alias:g = ?"type alias"()
      ?"print statement: print >>sys.stderr, [1]"(sys:b.stderr, [1])
    `,
  );
});

test('suppression comments: all codes, listed codes, 0-based line, not in strings', async () => {
  const m = await extract(
    [
      'x = [1]  # gcscope: ignore',
      's = "# gcscope: ignore[GC009]"',
      'y = [2]  #gcscope:ignore[GC001, GC003]',
      '# gcscope: ignore[ GC002 ]',
      '# gcscope: ignored-not-really',
      '',
    ].join('\n'),
  );
  assert.deepEqual(m.suppressions, [
    { line: 0, codes: [] },
    { line: 2, codes: ['GC001', 'GC003'] },
    { line: 3, codes: ['GC002'] },
  ]);
});
