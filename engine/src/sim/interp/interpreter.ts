// Statement execution and expression evaluation with CPython's reference semantics: eval returns
// an owned reference, stores take borrowed values, temporaries die at the end of their statement
// (call arguments after the call). Calls, classes and exceptions live in calls.ts.

import type { Expr, FunctionInfo, Handler, Stmt, Target } from '../../ir';
import { Span } from '../../text';
import { Calls } from './calls';
import { BREAK, CONTINUE, NORMAL, PyException, RETURN, type Completion, type Frame } from './frame';
import { LoopRunner } from './loops';
import {
  FALSE, NONE, TRUE, UNKNOWN, atomStr, atomTruth, bool, hashKey, int, isNone, num, str, type Value,
} from './values';

export class Interpreter extends Calls {
  private loops = new LoopRunner(this);

  // ---- statements ----------------------------------------------------------------------------

  execBlock(body: Stmt[]): Completion {
    for (let i = 0; i < body.length; i++) {
      const c = this.exec(body[i]!);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  }

  exec(s: Stmt): Completion {
    this.step(s.site);
    this.beforeStatement(s);
    const f = this.frame!;
    switch (s.k) {
      case 'expr': {
        const v = this.eval(s.value);
        this.drop(v);
        return NORMAL;
      }
      case 'assign': {
        const v = this.eval(s.value);
        for (const t of s.targets) this.store(t, v);
        this.drop(v);
        return NORMAL;
      }
      case 'annassign': {
        if (!s.value) return NORMAL;
        const v = this.eval(s.value);
        this.store(s.target, v);
        this.drop(v);
        return NORMAL;
      }
      case 'augassign':
        this.augAssign(s.target, s.op, s.value);
        return NORMAL;
      case 'del':
        for (const t of s.targets) this.del(t);
        return NORMAL;
      case 'pass':
        return NORMAL;
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'return': {
        const v = s.value ? this.eval(s.value) : NONE;
        this.drop(f.retval);
        f.retval = v;
        return RETURN;
      }
      case 'if': {
        const t = this.truth(s.test, s.site);
        if (t === false) return this.execBlock(s.orelse);
        return this.execBlock(s.body);
      }
      case 'while':
        return this.loops.execWhile(s);
      case 'for':
        return this.loops.execFor(s);
      case 'try':
        return this.execTry(s);
      case 'with':
        return this.execWith(s, 0);
      case 'raise':
        return this.execRaise(s);
      case 'def':
        this.execDef(s);
        return NORMAL;
      case 'class':
        this.execClass(s);
        return NORMAL;
      case 'import':
        this.execImport(s);
        return NORMAL;
      case 'assert': {
        const t = this.truth(s.test, s.site);
        if (t === false) {
          const msg = s.msg ? this.eval(s.msg) : null;
          this.raiseBuiltin('AssertionError', msg ? [msg] : []);
        }
        return NORMAL;
      }
      case 'unknown':
        for (const p of s.parts) this.drop(this.eval(p));
        this.noteUncertain(s.site, `statement not modelled: ${s.text}`);
        return NORMAL;
    }
  }

  /** Evaluates a condition; unknown conditions take the `if` branch and are recorded. */
  truth(e: Expr, site: Span): boolean | null {
    const v = this.eval(e);
    const t = this.truthOf(v);
    this.drop(v);
    this.mix(t === null ? 2 : t ? 1 : 0);
    if (t === null) this.noteUncertain(site, 'condition not known statically: assumed true');
    return t;
  }

  truthOf(v: Value): boolean | null {
    if (v.k === 'obj') {
      const m = this.mirrors.get(v.id);
      if (!m) return null;
      switch (m.kind) {
        case 'list': case 'tuple': return m.items.length > 0;
        case 'dict': case 'set': return m.map.size > 0;
        case 'instance': {
          const cm = this.mirrors.get(m.cls);
          if (cm?.kind === 'class' && (this.lookupClassAttr(m.cls, '__bool__') || this.lookupClassAttr(m.cls, '__len__'))) return null;
          return true;
        }
        case 'param': return null;
        default: return true;
      }
    }
    return atomTruth(v);
  }

  private execTry(s: Extract<Stmt, { k: 'try' }>): Completion {
    let pending: PyException | null = null;
    let code: Completion = NORMAL;
    try {
      let raised: PyException | null = null;
      try {
        code = this.execBlock(s.body);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        raised = e;
      }
      if (raised) {
        const h = this.matchHandler(s.handlers, raised);
        if (!h) throw raised;
        code = this.runHandler(h, raised);
      } else if (code === NORMAL) {
        code = this.execBlock(s.orelse);
      }
    } catch (e) {
      if (!(e instanceof PyException) || s.finalbody.length === 0) throw e;
      pending = e;
    }
    if (s.finalbody.length === 0) return code;
    const f = this.frame!;
    const savedRet = code === RETURN ? f.retval : null;
    if (code === RETURN) f.retval = null;
    const fc = this.execBlock(s.finalbody);
    if (fc !== NORMAL) {
      if (pending) this.drop(pending.exc);
      if (savedRet) this.drop(savedRet);
      return fc;
    }
    if (code === RETURN) f.retval = savedRet;
    if (pending) throw pending;
    return code;
  }

  private matchHandler(handlers: Handler[], ex: PyException): Handler | null {
    for (const h of handlers) {
      if (!h.type) return h;
      const tv = this.eval(h.type);
      const ok = this.excMatches(ex, tv, h.site);
      this.drop(tv);
      if (ok) return h;
    }
    return null;
  }

  private runHandler(h: Handler, ex: PyException): Completion {
    const f = this.frame!;
    f.handling.push(ex.exc); // the thread state's handled exception owns the reference
    try {
      if (h.name) this.storeName(h.name.name, h.name.scope, ex.exc);
      return this.execBlock(h.body);
    } finally {
      // `except E as e`: e is deleted at the end of the handler (section 6).
      if (h.name) this.deleteName(h.name.name, h.name.scope, false);
      const idx = f.handling.lastIndexOf(ex.exc);
      if (idx >= 0) f.handling.splice(idx, 1);
      this.drop(ex.exc);
    }
  }

  private execWith(s: Extract<Stmt, { k: 'with' }>, i: number): Completion {
    if (i >= s.items.length) return this.execBlock(s.body);
    const item = s.items[i]!;
    const ctx = this.eval(item.ctx);
    let entered: Value = UNKNOWN;
    const enter = this.findMethod(ctx, '__enter__');
    if (enter) entered = this.callMethodOf(ctx, enter, [], s.site);
    else if (ctx.k !== 'unknown') entered = this.own(ctx);
    try {
      if (item.target) this.store(item.target, entered);
      this.drop(entered);
      entered = UNKNOWN;
      return this.execWith(s, i + 1);
    } finally {
      const exit = this.findMethod(ctx, '__exit__');
      if (exit) this.drop(this.callMethodOf(ctx, exit, [NONE, NONE, NONE], s.site));
      this.drop(entered);
      this.drop(ctx);
    }
  }

  // ---- assignment targets ----------------------------------------------------------------------

  store(t: Target, v: Value): void {
    switch (t.k) {
      case 'name':
        this.storeName(t.name, t.scope, v);
        return;
      case 'attr': {
        const o = this.eval(t.obj);
        this.setAttr(o, t.name, v, t.site);
        this.drop(o);
        return;
      }
      case 'subscript': {
        const o = this.eval(t.obj);
        const idx = this.eval(t.index);
        this.setItem(o, idx, v, t.site);
        this.drop(idx);
        this.drop(o);
        return;
      }
      case 'unpack': {
        const items = this.unpack(v, t.elts.length, t.elts.findIndex((e) => e.k === 'starred'), t.site);
        t.elts.forEach((el, i) => this.store(el.k === 'starred' ? el.target : el, items[i] ?? UNKNOWN));
        items.forEach((x) => this.drop(x));
        return;
      }
      case 'starred':
        this.store(t.target, v);
        return;
    }
  }

  /** Items of `v` for `a, *b, c = v` (owned; the starred one is a new list). */
  private unpack(v: Value, n: number, star: number, site: Span): Value[] {
    const items = this.iterItems(v, site);
    if (!items) return new Array(n).fill(UNKNOWN);
    if (star < 0) {
      items.slice(n).forEach((x) => this.drop(x));
      return items.slice(0, n);
    }
    const after = n - 1 - star;
    const restEnd = Math.max(star, items.length - after);
    const rest = items.slice(star, restEnd);
    const lst = this.newList(rest);
    rest.forEach((x) => this.drop(x));
    return [...items.slice(0, star), { k: 'obj', id: lst }, ...items.slice(restEnd)];
  }

  storeName(name: string, scope: string, v: Value): void {
    const f = this.frame!;
    if (scope === 'cell' || scope === 'free') {
      const c = f.cells.get(name);
      if (c !== undefined) {
        this.setCell(c, v);
        return;
      }
    }
    if (scope === 'global' || (scope === 'builtin' && f.fast)) {
      const g = f.mod.globals;
      this.own(v);
      const old = g.get(name);
      g.set(name, v);
      this.drop(old);
      return;
    }
    this.setSlot(f, name, v);
  }

  loadName(name: string, scope: string, site: Span): Value {
    const f = this.frame!;
    if (scope === 'cell' || scope === 'free') {
      const c = f.cells.get(name);
      if (c !== undefined) {
        const cm = this.mirrors.get(c);
        if (cm?.kind === 'cell' && cm.value) return this.own(cm.value);
        return UNKNOWN;
      }
    }
    if (scope === 'local') {
      const v = f.vars.get(name);
      if (v !== undefined) return this.own(v);
      if (f.fast) return UNKNOWN; // UnboundLocalError in CPython; not modelled
    }
    const gv = f.mod.globals.get(name);
    if (gv !== undefined) return this.own(gv);
    return this.builtinName(name, site);
  }

  deleteName(name: string, scope: string, strict: boolean): void {
    const f = this.frame!;
    if (scope === 'cell' || scope === 'free') {
      const c = f.cells.get(name);
      if (c !== undefined) {
        const cm = this.mirrors.get(c);
        if (cm?.kind === 'cell' && cm.value) {
          const old = cm.value;
          cm.value = null;
          this.unedge(c, old);
        }
        return;
      }
    }
    if (scope === 'global' || (scope === 'builtin' && f.fast)) {
      const old = f.mod.globals.get(name);
      f.mod.globals.delete(name);
      this.drop(old);
      return;
    }
    if (!this.delSlot(f, name) && strict) this.noteUncertain(this.site, `del of unbound name ${name}`);
  }

  private del(t: Target): void {
    switch (t.k) {
      case 'name':
        this.deleteName(t.name, t.scope, true);
        return;
      case 'attr': {
        const o = this.eval(t.obj);
        if (o.k === 'obj') {
          const m = this.mirrors.get(o.id);
          if (m?.kind === 'instance') this.delInstAttr(o.id, t.name);
          else if (m?.kind === 'class') this.classDel(o.id, t.name);
          else if (m?.kind === 'param') this.paramDel(o.id, t.name);
        }
        this.drop(o);
        return;
      }
      case 'subscript': {
        const o = this.eval(t.obj);
        const idx = this.eval(t.index);
        this.delItem(o, idx, t.site);
        this.drop(idx);
        this.drop(o);
        return;
      }
      case 'unpack':
        t.elts.forEach((e) => this.del(e));
        return;
      case 'starred':
        this.del(t.target);
        return;
    }
  }

  private augAssign(t: Target, op: string, valueExpr: Expr): void {
    // Load the target, compute in place where Python does (list +=), store back.
    if (t.k === 'name') {
      const cur = this.loadName(t.name, t.scope, t.site);
      const rhs = this.eval(valueExpr);
      const res = this.inplace(cur, op, rhs, t.site);
      this.drop(rhs);
      this.storeName(t.name, t.scope, res);
      this.drop(res);
      this.drop(cur);
      return;
    }
    if (t.k === 'attr') {
      const o = this.eval(t.obj);
      const cur = this.getAttr(o, t.name, t.site);
      const rhs = this.eval(valueExpr);
      const res = this.inplace(cur, op, rhs, t.site);
      this.drop(rhs);
      this.setAttr(o, t.name, res, t.site);
      this.drop(res);
      this.drop(cur);
      this.drop(o);
      return;
    }
    if (t.k === 'subscript') {
      const o = this.eval(t.obj);
      const idx = this.eval(t.index);
      const cur = this.getItem(o, idx, t.site);
      const rhs = this.eval(valueExpr);
      const res = this.inplace(cur, op, rhs, t.site);
      this.drop(rhs);
      this.setItem(o, idx, res, t.site);
      this.drop(res);
      this.drop(cur);
      this.drop(idx);
      this.drop(o);
      return;
    }
    this.noteUncertain(t.site, 'augmented assignment target not modelled');
  }

  /** `cur op= rhs`: lists, sets and dicts mutate in place; everything else is binop. Owned. */
  private inplace(cur: Value, op: string, rhs: Value, site: Span): Value {
    if (cur.k === 'obj') {
      const m = this.mirrors.get(cur.id);
      if (m?.kind === 'list' && op === '+') {
        const items = this.iterItems(rhs, site);
        if (items) {
          for (const x of items) {
            this.listAppend(cur.id, x);
            this.drop(x);
          }
        } else this.escape(cur);
        return this.own(cur);
      }
      if (m?.kind === 'set' && (op === '|' || op === '-')) {
        const items = this.iterItems(rhs, site);
        for (const x of items ?? []) {
          if (op === '|') this.setAdd(cur.id, x);
          else this.setRemove(cur.id, x);
          this.drop(x);
        }
        return this.own(cur);
      }
      if (m?.kind === 'dict' && op === '|') {
        this.dictUpdate(cur.id, rhs, site);
        return this.own(cur);
      }
      const iadd = this.findMethod(cur, '__iadd__');
      if (iadd && op === '+') return this.callMethodOf(cur, iadd, [rhs], site);
    }
    return this.binop(op, cur, rhs, site);
  }

  // ---- expressions -------------------------------------------------------------------------------

  eval(e: Expr): Value {
    switch (e.k) {
      case 'name':
        return this.loadName(e.name, e.scope, e.site);
      case 'const':
        switch (e.kind) {
          case 'int': return int(e.value as number);
          case 'float': return { k: 'atom', t: 'float', v: e.value as number };
          case 'str': return str(e.value as string);
          case 'bool': return bool(e.value as boolean);
          case 'none': return NONE;
          default: return { k: 'atom', t: e.kind, v: e.value };
        }
      case 'list':
      case 'set':
      case 'tuple':
        return this.evalDisplay(e);
      case 'dict': {
        const pairs: [Value, Value][] = [];
        const temps: Value[] = [];
        for (let i = 0; i < e.values.length; i++) {
          const kx = e.keys[i];
          if (kx === null) {
            const other = this.eval(e.values[i]!);
            temps.push(other);
            const om = other.k === 'obj' ? this.mirrors.get(other.id) : undefined;
            if (om?.kind === 'dict') pairs.push(...om.map.values());
            else this.noteUncertain(e.site, '** of an unknown mapping');
            continue;
          }
          const k = this.eval(kx);
          const v = this.eval(e.values[i]!);
          temps.push(k, v);
          pairs.push([k, v]);
        }
        const id = this.newDict(pairs);
        temps.forEach((t) => this.drop(t));
        return { k: 'obj', id };
      }
      case 'comp':
        return this.evalComp(e);
      case 'lambda':
        return this.makeFunction(e.fn, e.defaults, e.kwDefaults, []);
      case 'call':
        return this.evalCall(e);
      case 'attr': {
        const o = this.eval(e.obj);
        const v = this.getAttr(o, e.name, e.site);
        this.drop(o);
        return v;
      }
      case 'subscript': {
        const o = this.eval(e.obj);
        const idx = this.eval(e.index);
        const v = this.getItem(o, idx, e.site);
        this.drop(idx);
        this.drop(o);
        return v;
      }
      case 'slice': {
        // Slice objects are GC objects but die at once; keep the bounds as a const tuple.
        const parts = [e.lower, e.upper, e.step].map((x) => (x ? this.eval(x) : NONE));
        parts.forEach((p) => this.drop(p));
        return { k: 'consttuple', items: [str('<slice>'), ...parts.map((p) => (p.k === 'obj' ? UNKNOWN : p))] };
      }
      case 'binop': {
        const l = this.eval(e.left);
        const r = this.eval(e.right);
        const v = this.binop(e.op, l, r, e.site);
        this.drop(l);
        this.drop(r);
        return v;
      }
      case 'unary': {
        const v = this.eval(e.operand);
        let out: Value = UNKNOWN;
        if (e.op === 'not') {
          const t = this.truthOf(v);
          out = t === null ? UNKNOWN : bool(!t);
        } else {
          const n = num(v);
          if (n !== null) out = { k: 'atom', t: v.k === 'atom' && v.t === 'float' ? 'float' : 'int', v: e.op === '-' ? -n : e.op === '~' ? ~n : n };
        }
        this.drop(v);
        return out;
      }
      case 'compare':
        return this.evalCompare(e);
      case 'boolop': {
        let last: Value = NONE;
        for (let i = 0; i < e.values.length; i++) {
          const v = this.eval(e.values[i]!);
          const t = this.truthOf(v);
          if (i === e.values.length - 1) return v;
          if (t === null) {
            // Unknown: the result may be either operand; evaluate the rest for their allocations.
            this.drop(v);
            for (let j = i + 1; j < e.values.length; j++) this.drop(this.eval(e.values[j]!));
            return UNKNOWN;
          }
          if ((e.op === 'and' && !t) || (e.op === 'or' && t)) return v;
          this.drop(v);
          last = NONE;
        }
        return last;
      }
      case 'ifexp': {
        const t = this.truth(e.test, e.site);
        return t === false ? this.eval(e.orelse) : this.eval(e.body);
      }
      case 'starred':
        return this.eval(e.value);
      case 'yield':
        return this.evalYield(e);
      case 'await': {
        const v = this.eval(e.value);
        this.drop(v);
        this.noteUncertain(e.site, 'await: the awaited coroutine is not run');
        return UNKNOWN;
      }
      case 'walrus': {
        const v = this.eval(e.value);
        this.storeName(e.target.name, e.target.scope, v);
        return v;
      }
      case 'fstring': {
        let out: string | null = '';
        for (const p of e.parts) {
          const v = this.eval(p);
          const s = this.strOf(v);
          out = out !== null && s !== null ? out + s : null;
          this.drop(v);
        }
        return out === null ? { k: 'atom', t: 'str', v: null } : str(out);
      }
      case 'unknown': {
        for (const p of e.parts) {
          const v = this.eval(p);
          this.escape(v);
          this.drop(v);
        }
        this.noteUncertain(e.site, `expression not modelled: ${e.text}`);
        return UNKNOWN;
      }
    }
  }

  private evalDisplay(e: { k: 'list' | 'tuple' | 'set'; elts: Expr[]; site: Span }): Value {
    // A tuple display of constants is a code constant (LOAD_CONST): no allocation.
    if (e.k === 'tuple' && e.elts.every((x) => x.k === 'const')) {
      return { k: 'consttuple', items: e.elts.map((x) => this.eval(x)) };
    }
    const items: Value[] = [];
    const temps: Value[] = [];
    for (const x of e.elts) {
      const v = this.eval(x);
      temps.push(v);
      if (x.k === 'starred') {
        const its = this.iterItems(v, e.site);
        if (its) {
          items.push(...its);
          temps.push(...its);
        } else this.noteUncertain(x.site, 'unpacking of an unknown iterable');
      } else items.push(v);
    }
    let id: number;
    if (e.k === 'list') id = this.newList(items);
    else if (e.k === 'set') id = this.newSet(items);
    else if (items.length === 0) {
      temps.forEach((t) => this.drop(t));
      return { k: 'consttuple', items: [] }; // the empty tuple singleton
    } else id = this.newTuple(items);
    temps.forEach((t) => this.drop(t));
    return { k: 'obj', id };
  }

  private evalCompare(e: Extract<Expr, { k: 'compare' }>): Value {
    let left = this.eval(e.left);
    let result: Value = TRUE;
    for (let i = 0; i < e.ops.length; i++) {
      const right = this.eval(e.comparators[i]!);
      this.mixValue(left);
      this.mixValue(right);
      const r = this.compare(e.ops[i]!, left, right);
      this.drop(left);
      left = right;
      if (r === null) result = UNKNOWN;
      else if (!r) {
        result = FALSE;
        for (let j = i + 1; j < e.ops.length; j++) this.drop(this.eval(e.comparators[j]!));
        break;
      }
    }
    this.drop(left);
    return result;
  }

  compare(op: string, a: Value, b: Value): boolean | null {
    if (op === 'is' || op === 'is not') {
      let same: boolean | null = null;
      if (a.k === 'obj' && b.k === 'obj') same = a.id === b.id;
      else if (a.k === 'obj' || b.k === 'obj') same = a.k === 'unknown' || b.k === 'unknown' ? null : false;
      else if (a.k === 'atom' && b.k === 'atom') same = a.v !== null || a.t === 'none' ? a.t === b.t && a.v === b.v && (b.v !== null || b.t === 'none') : null;
      else if (a.k === 'builtin' && b.k === 'builtin') same = a.name === b.name;
      else if (a.k !== 'unknown' && b.k !== 'unknown') same = false;
      if (same === null) return null;
      return op === 'is' ? same : !same;
    }
    if (op === 'in' || op === 'not in') {
      const items = this.peekItems(b);
      if (!items) return null;
      const key = hashKey(a);
      if (key === null) return null;
      let found = false;
      for (const x of items) if (hashKey(x) === key) found = true;
      return op === 'in' ? found : !found;
    }
    if (op === '==' || op === '!=') {
      let eq: boolean | null = null;
      if (a.k === 'obj' && b.k === 'obj' && a.id === b.id) eq = true;
      else if (a.k === 'atom' && b.k === 'atom') {
        const na = num(a);
        const nb = num(b);
        if (na !== null && nb !== null) eq = na === nb;
        else if (a.v === null && a.t !== 'none') eq = null;
        else if (b.v === null && b.t !== 'none') eq = null;
        else eq = a.t === b.t && a.v === b.v;
      } else if ((isNone(a) && b.k === 'obj') || (isNone(b) && a.k === 'obj')) eq = false;
      if (eq === null) return null;
      return op === '==' ? eq : !eq;
    }
    const na = num(a);
    const nb = num(b);
    let x: number | string | null = na;
    let y: number | string | null = nb;
    if ((na === null || nb === null) && a.k === 'atom' && b.k === 'atom' && a.t === 'str' && b.t === 'str' && a.v !== null && b.v !== null) {
      x = a.v as string;
      y = b.v as string;
    }
    if (x === null || y === null) return null;
    switch (op) {
      case '<': return x < y;
      case '<=': return x <= y;
      case '>': return x > y;
      case '>=': return x >= y;
      default: return null;
    }
  }

  binop(op: string, l: Value, r: Value, site: Span): Value {
    const a = num(l);
    const b = num(r);
    if (a !== null && b !== null) {
      const isFloat = (l.k === 'atom' && l.t === 'float') || (r.k === 'atom' && r.t === 'float');
      const mk = (n: number, f = isFloat): Value => ({ k: 'atom', t: f ? 'float' : 'int', v: n });
      switch (op) {
        case '+': return mk(a + b);
        case '-': return mk(a - b);
        case '*': return mk(a * b);
        case '/':
          if (b === 0) this.raiseBuiltin('ZeroDivisionError', [str('division by zero')]);
          return mk(a / b, true);
        case '//':
          if (b === 0) this.raiseBuiltin('ZeroDivisionError', [str('integer division or modulo by zero')]);
          return mk(Math.floor(a / b));
        case '%':
          if (b === 0) this.raiseBuiltin('ZeroDivisionError', [str('integer division or modulo by zero')]);
          return mk(((a % b) + b) % b);
        case '**': return mk(a ** b);
        case '<<': return mk(a * 2 ** b);
        case '>>': return mk(Math.floor(a / 2 ** b));
        case '&': return mk(a & b);
        case '|': return mk(a | b);
        case '^': return mk(a ^ b);
        default: return UNKNOWN;
      }
    }
    if (l.k === 'atom' && l.t === 'str') {
      if (op === '%') return this.percentFormat(l, r);
      if (op === '+' && r.k === 'atom' && r.t === 'str') return l.v !== null && r.v !== null ? str((l.v as string) + (r.v as string)) : { k: 'atom', t: 'str', v: null };
      if (op === '*' && b !== null) return l.v !== null ? str((l.v as string).repeat(Math.max(0, Math.min(b, 1e6)))) : { k: 'atom', t: 'str', v: null };
      return { k: 'atom', t: 'str', v: null };
    }
    if (l.k === 'obj' || r.k === 'obj' || l.k === 'consttuple' || r.k === 'consttuple') {
      const lm = l.k === 'obj' ? this.mirrors.get(l.id) : undefined;
      const rm = r.k === 'obj' ? this.mirrors.get(r.id) : undefined;
      const lKind = l.k === 'consttuple' ? 'tuple' : lm?.kind;
      const rKind = r.k === 'consttuple' ? 'tuple' : rm?.kind;
      if (op === '+' && lKind === rKind && (lKind === 'list' || lKind === 'tuple')) {
        const items = [...(this.peekItems(l) ?? []), ...(this.peekItems(r) ?? [])];
        if (lKind === 'list') return { k: 'obj', id: this.newList(items) };
        if (items.every((x) => x.k !== 'obj')) return { k: 'consttuple', items };
        return { k: 'obj', id: this.newTuple(items) };
      }
      if (op === '*' && (lKind === 'list' || lKind === 'tuple') && b !== null) {
        const base = this.peekItems(l) ?? [];
        const items: Value[] = [];
        const n = Math.max(0, Math.min(b, 1e6));
        for (let i = 0; i < n; i++) items.push(...base);
        if (lKind === 'list') return { k: 'obj', id: this.newList(items) };
        return items.every((x) => x.k !== 'obj') ? { k: 'consttuple', items } : { k: 'obj', id: this.newTuple(items) };
      }
      if (op === '*' && (rKind === 'list' || rKind === 'tuple') && a !== null) return this.binop(op, r, l, site);
      if ((op === '|' || op === '&' || op === '-') && lKind === 'set') {
        const li = this.peekItems(l) ?? [];
        const rk = new Set((this.peekItems(r) ?? []).map(hashKey));
        const items = op === '|' ? [...li, ...(this.peekItems(r) ?? [])] : li.filter((x) => (op === '&') === rk.has(hashKey(x)));
        return { k: 'obj', id: this.newSet(items) };
      }
      const dunder = BINOP_DUNDER[op];
      if (dunder && l.k === 'obj') {
        const meth = this.findMethod(l, dunder);
        if (meth) return this.callMethodOf(l, meth, [r], site);
      }
    }
    return UNKNOWN;
  }

  private percentFormat(fmt: Value, args: Value): Value {
    if (fmt.k !== 'atom' || fmt.v === null) return { k: 'atom', t: 'str', v: null };
    const vals = args.k === 'consttuple' ? args.items : args.k === 'obj' && this.mirrors.get(args.id)?.kind === 'tuple' ? (this.peekItems(args) ?? []) : [args];
    let i = 0;
    let ok = true;
    const out = (fmt.v as string).replace(/%(-?\d*)(?:\.(\d+))?([sdrifx%])/g, (_m, _w, prec, c: string) => {
      if (c === '%') return '%';
      const v = vals[i++];
      if (!v) {
        ok = false;
        return '';
      }
      const n = num(v);
      if ((c === 'd' || c === 'i') && n !== null) return String(Math.trunc(n));
      if (c === 'f' && n !== null) return n.toFixed(prec === undefined ? 6 : Number(prec));
      const s = this.strOf(v);
      if (s === null) ok = false;
      return s ?? '';
    });
    return ok ? str(out) : { k: 'atom', t: 'str', v: null };
  }

  strOf(v: Value): string | null {
    if (v.k === 'atom') return atomStr(v);
    if (v.k === 'range') return `range(${v.start}, ${v.stop})`;
    return null;
  }

  // ---- comprehensions ---------------------------------------------------------------------------

  private evalComp(e: Extract<Expr, { k: 'comp' }>): Value {
    const info = this.fnInfo(e.fn);
    const iterable = this.evalIterable(e.iter);
    const it = this.makeIterator(iterable, e.site);
    this.drop(iterable);
    if (e.comp === 'gen') {
      const fv = this.makeFunction(e.fn, [], [], []);
      const g = this.makeGenerator(fv, info, [it], []);
      this.drop(fv);
      this.drop(it);
      return g;
    }
    // The comprehension's own body allocates `.result` and returns it (extract/functions.ts).
    try {
      if (this.deferred) return this.runInlined(info, it);
      // <= 3.11: a function object and a frame per evaluation (section 6).
      const fv = this.makeFunction(e.fn, [], [], []);
      try {
        return this.callUser(fv, info, [it], [], e.site);
      } finally {
        this.drop(fv);
      }
    } finally {
      this.drop(it);
    }
  }

  /** The comprehension's `yield` appends to the result; a generator body collects. */
  private evalYield(e: Extract<Expr, { k: 'yield' }>): Value {
    const f = this.frame!;
    if (f.comp && e.value && !e.from) {
      if (f.comp.kind === 'dict' && e.value.k === 'tuple' && e.value.elts.length === 2) {
        const k = this.eval(e.value.elts[0]!);
        const v = this.eval(e.value.elts[1]!);
        this.dictSet(f.comp.id, k, v);
        this.drop(k);
        this.drop(v);
        return NONE;
      }
      const v = this.eval(e.value);
      if (f.comp.kind === 'list') this.listAppend(f.comp.id, v);
      else if (f.comp.kind === 'set') this.setAdd(f.comp.id, v);
      else {
        const items = this.peekItems(v);
        if (items && items.length === 2) this.dictSet(f.comp.id, items[0]!, items[1]!);
      }
      this.drop(v);
      return NONE;
    }
    const v = e.value ? this.eval(e.value) : NONE;
    if (!f.genOut) {
      this.drop(v);
      return UNKNOWN;
    }
    if (e.from) {
      const items = this.iterItems(v, e.site);
      this.drop(v);
      if (!items) {
        this.noteUncertain(e.site, 'yield from an unknown iterable');
        return UNKNOWN;
      }
      for (const x of items) this.pushYield(f, x);
      return NONE;
    }
    this.pushYield(f, v);
    if (this.deferred) this.heap.checkpoint(); // RESUME after a plain yield
    return NONE;
  }

  /** `for x in [a, b]`: CPython iterates a tuple (constant when the items are). Owned. */
  evalIterable(e: Expr): Value {
    if (e.k === 'list') return this.eval({ k: 'tuple', elts: e.elts, site: e.site });
    return this.eval(e);
  }

  // ---- helpers shared with loops -----------------------------------------------------------------

  fnInfo(id: number): FunctionInfo {
    return this.frame!.mod.module.functions[id]!;
  }

}

const BINOP_DUNDER: Record<string, string> = {
  '+': '__add__', '-': '__sub__', '*': '__mul__', '/': '__truediv__', '@': '__matmul__', '|': '__or__', '&': '__and__',
};
