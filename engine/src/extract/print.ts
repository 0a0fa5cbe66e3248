// A compact, Python-like text form of the IR for tests and debugging. Names carry their resolved
// scope as a suffix (x:l local, x:c cell, x:f free, x:g global, x:b builtin); code objects are
// printed one after another, nested statements indented by two spaces.

import type { Arg, Expr, FunctionInfo, Module, Param, Stmt, Target } from '../ir';

const SCOPE = { local: 'l', cell: 'c', free: 'f', global: 'g', builtin: 'b' } as const;

export function printModule(m: Module): string {
  return m.functions.map((f) => printFunction(f)).join('');
}

export function printFunction(f: FunctionInfo): string {
  const head = [f.id === 0 ? '<module>' : `#${f.id} ${f.kind} ${f.qualname}`];
  if (f.kind !== 'module' && f.kind !== 'class') head.push(`(${f.params.map(param).join(', ')})`);
  const list = (label: string, xs: string[]): void => {
    if (xs.length) head.push(`${label}=${xs.join(',')}`);
  };
  list('locals', f.locals);
  list('cells', f.cellvars);
  list('free', f.freevars);
  list('globals', f.globals);
  if (f.isGenerator) head.push('gen');
  if (f.isAsync) head.push('async');
  if (f.docstring !== null) head.push(`doc=${JSON.stringify(f.docstring)}`);
  return head.join(' ') + '\n' + block(f.body, '  ');
}

function param(p: Param): string {
  const d = p.hasDefault ? '=' : '';
  switch (p.kind) {
    case 'posonly':
      return `${p.name}${d}/`;
    case 'vararg':
      return `*${p.name}`;
    case 'kwarg':
      return `**${p.name}`;
    case 'kwonly':
      return `${p.name}${d}:kw`;
    default:
      return `${p.name}${d}`;
  }
}

function block(body: Stmt[], ind: string): string {
  return body.map((s) => stmt(s, ind)).join('');
}

function stmt(s: Stmt, ind: string): string {
  const line = (t: string): string => `${ind}${t}\n`;
  const sub = ind + '  ';
  switch (s.k) {
    case 'expr':
      return line(expr(s.value));
    case 'assign':
      return line(`${s.targets.map(target).join(' = ')} = ${expr(s.value)}`);
    case 'augassign':
      return line(`${target(s.target)} ${s.op}= ${expr(s.value)}`);
    case 'annassign':
      return line(`${target(s.target)}:${s.value ? ` = ${expr(s.value)}` : ''}`);
    case 'del':
      return line(`del ${s.targets.map(target).join(', ')}`);
    case 'if':
      return line(`if ${expr(s.test)}:`) + block(s.body, sub) + (s.orelse.length ? line('else:') + block(s.orelse, sub) : '');
    case 'for':
      return (
        line(`${s.isAsync ? 'async ' : ''}for ${target(s.target)} in ${expr(s.iter)}:`) +
        block(s.body, sub) +
        (s.orelse.length ? line('else:') + block(s.orelse, sub) : '')
      );
    case 'while':
      return line(`while ${expr(s.test)}:`) + block(s.body, sub) + (s.orelse.length ? line('else:') + block(s.orelse, sub) : '');
    case 'break':
    case 'continue':
    case 'pass':
      return line(s.k);
    case 'return':
      return line(s.value ? `return ${expr(s.value)}` : 'return');
    case 'raise':
      return line(`raise${s.exc ? ' ' + expr(s.exc) : ''}${s.cause ? ' from ' + expr(s.cause) : ''}`);
    case 'try': {
      let out = line('try:') + block(s.body, sub);
      for (const h of s.handlers) {
        const what = `${h.type ? ' ' + expr(h.type) : ''}${h.name ? ' as ' + expr(h.name) : ''}`;
        out += line(`except${s.star ? '*' : ''}${what}:`) + block(h.body, sub);
      }
      if (s.orelse.length) out += line('else:') + block(s.orelse, sub);
      if (s.finalbody.length) out += line('finally:') + block(s.finalbody, sub);
      return out;
    }
    case 'with': {
      const items = s.items.map((i) => expr(i.ctx) + (i.target ? ` as ${target(i.target)}` : ''));
      return line(`${s.isAsync ? 'async ' : ''}with ${items.join(', ')}:`) + block(s.body, sub);
    }
    case 'def':
      return line(
        `${s.decorators.map((d) => `@${expr(d)} `).join('')}def ${expr(s.target)} = #${s.fn}` +
          (s.defaults.length ? ` defaults=(${s.defaults.map(expr).join(', ')})` : '') +
          (s.kwDefaults.length ? ` kwdefaults=(${s.kwDefaults.map((d) => `${d.name}=${expr(d.value)}`).join(', ')})` : ''),
      );
    case 'class':
      return line(
        `${s.decorators.map((d) => `@${expr(d)} `).join('')}class ${expr(s.target)} = #${s.cls}` +
          `(${[...s.bases.map(expr), ...s.keywords.map(arg)].join(', ')})`,
      );
    case 'import': {
      const names = s.names.map((n) => `${n.name} as ${expr(n.target)}`).join(', ');
      return line(s.from === null ? `import ${names}` : `from ${'.'.repeat(s.level)}${s.from} import ${names}`);
    }
    case 'assert':
      return line(`assert ${expr(s.test)}${s.msg ? ', ' + expr(s.msg) : ''}`);
    case 'unknown':
      return line(`?${JSON.stringify(s.text)}(${s.parts.map(expr).join(', ')})`);
  }
}

function arg(a: Arg): string {
  switch (a.kind) {
    case 'pos':
      return expr(a.value);
    case 'star':
      return `*${expr(a.value)}`;
    case 'kw':
      return `${a.name}=${expr(a.value)}`;
    case 'starstar':
      return `**${expr(a.value)}`;
  }
}

function target(t: Target): string {
  switch (t.k) {
    case 'unpack':
      return `[${t.elts.map(target).join(', ')}]`;
    case 'starred':
      return `*${target(t.target)}`;
    default:
      return expr(t);
  }
}

export function expr(e: Expr): string {
  switch (e.k) {
    case 'name':
      return `${e.name}:${SCOPE[e.scope]}`;
    case 'const':
      switch (e.kind) {
        case 'str':
          return JSON.stringify(e.value);
        case 'bytes':
          return 'b' + JSON.stringify(e.value);
        case 'none':
          return 'None';
        case 'bool':
          return e.value ? 'True' : 'False';
        case 'ellipsis':
          return '...';
        case 'complex':
          return `${e.value}j`;
        case 'float':
          return Number.isInteger(e.value) ? `${e.value}.0` : String(e.value);
        default:
          return String(e.value);
      }
    case 'list':
      return `[${e.elts.map(expr).join(', ')}]`;
    case 'tuple':
      return e.elts.length === 1 ? `(${expr(e.elts[0])},)` : `(${e.elts.map(expr).join(', ')})`;
    case 'set':
      return e.elts.length ? `{${e.elts.map(expr).join(', ')}}` : 'set()';
    case 'dict':
      return `{${e.keys.map((k, i) => (k ? `${expr(k)}: ${expr(e.values[i])}` : `**${expr(e.values[i])}`)).join(', ')}}`;
    case 'comp':
      return `${e.comp}comp#${e.fn}(${expr(e.iter)})`;
    case 'lambda':
      return (
        `lambda#${e.fn}` +
        (e.defaults.length || e.kwDefaults.length
          ? `(${[...e.defaults.map(expr), ...e.kwDefaults.map((d) => `${d.name}=${expr(d.value)}`)].join(', ')})`
          : '')
      );
    case 'call':
      return `${expr(e.func)}(${e.args.map(arg).join(', ')})`;
    case 'attr':
      return `${expr(e.obj)}.${e.name}`;
    case 'subscript':
      return `${expr(e.obj)}[${expr(e.index)}]`;
    case 'slice':
      return `${e.lower ? expr(e.lower) : ''}:${e.upper ? expr(e.upper) : ''}${e.step ? ':' + expr(e.step) : ''}`;
    case 'binop':
      return `(${expr(e.left)} ${e.op} ${expr(e.right)})`;
    case 'unary':
      return e.op === 'not' ? `(not ${expr(e.operand)})` : `(${e.op}${expr(e.operand)})`;
    case 'compare':
      return `(${expr(e.left)}${e.ops.map((o, i) => ` ${o} ${expr(e.comparators[i])}`).join('')})`;
    case 'boolop':
      return `(${e.values.map(expr).join(` ${e.op} `)})`;
    case 'ifexp':
      return `(${expr(e.body)} if ${expr(e.test)} else ${expr(e.orelse)})`;
    case 'starred':
      return `*${expr(e.value)}`;
    case 'yield':
      return `(yield${e.from ? ' from' : ''}${e.value ? ' ' + expr(e.value) : ''})`;
    case 'await':
      return `(await ${expr(e.value)})`;
    case 'walrus':
      return `(${expr(e.target)} := ${expr(e.value)})`;
    case 'fstring':
      return `f(${e.parts.map(expr).join(', ')})`;
    case 'unknown':
      return `?${JSON.stringify(e.text)}(${e.parts.map(expr).join(', ')})`;
  }
}
