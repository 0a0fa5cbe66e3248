// The timeline webview and its host, without an editor: the HTML shell's CSP and nonces, the pure
// render function over a timeline (the seed's gc.collect() results 0 and 5 are visible), hostile
// program text staying text, keyboard/click selection and reveal, and the tracer comparison.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { parseTracerOutput } from '../../client/src/compare';
import { makeNonce, timelineHtml } from '../../client/src/timeline/html';
import { isWebviewMessage, POLICY_CHOICES, type TimelineView, type WireRange } from '../../client/src/timeline/protocol';
import { render, type ViewState } from '../../client/webview/render';
import { mount, textContent, type VNode } from '../../client/webview/vnode';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CPYTHON_312 = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/seed.3.12.cpython.json'), 'utf8'));

const r = (line: number, c0: number, c1: number): WireRange => ({ start: { line, character: c0 }, end: { line, character: c1 } });

/** A timeline in the server's DTO shape carrying the seed's CPython 3.12.1 results (lines 6 and 10 return 0 and 5). */
function seedView(title = 'seed.py', typeName = 'list'): TimelineView {
  // As the server sends them: grouped per type and site, except one list split off to check merging.
  const freed = [{ id: 10, typeName, range: r(3, 16, 21), count: 4 }, { id: 14, typeName, range: r(3, 16, 21), count: 1 }];
  return {
    title,
    comparison: null,
    focus: null,
    policy: 0,
    timeline: {
      uri: 'file:///w/seed.py', python: '3.12', profile: 'G312', threshold: [700, 10, 10], ticks: 12,
      explicitCollects: CPYTHON_312.explicitCollects.map((e: { line: number; generation: number; returned: number }) => ({ range: r(e.line - 1, 10, 22), generation: e.generation, returned: e.returned })),
      collections: [
        { index: 0, tick: 1, generation: 2, trigger: 'explicit', range: r(5, 10, 22), collected: 0, uncollectable: 0, examined: 3, repeat: 1, freed: [] },
        { index: 1, tick: 11, generation: 2, trigger: 'explicit', range: r(9, 10, 22), collected: 5, uncollectable: 0, examined: 8, repeat: 1, freed },
      ],
      series: [{ tick: 0, live: 0, cyclicGarbage: 0 }, { tick: 11, live: 5, cyclicGarbage: 5 }, { tick: 12, live: 0, cyclicGarbage: 0 }],
      finalCount: [1, 0, 0], truncated: false, limitHit: null, notes: [], supportedPythons: ['3.8', '3.12', '3.14.2'],
    },
  };
}

function walk(node: VNode, visit: (n: VNode) => void): void {
  visit(node);
  for (const c of node.children ?? []) walk(c, visit);
}
function find(node: VNode, pred: (n: VNode) => boolean): VNode[] {
  const out: VNode[] = [];
  walk(node, (n) => { if (pred(n)) out.push(n); });
  return out;
}
const noActions = { select: () => {}, reveal: () => {}, edit: () => {}, simulate: () => {} };

test('HTML shell: default-src none, every script nonce\'d, no inline data', () => {
  const nonce = makeNonce();
  assert.match(nonce, /^[A-Za-z0-9_-]{20,}$/);
  assert.notEqual(nonce, makeNonce());
  const html = timelineHtml({ cspSource: 'https://webview.test', nonce, scriptUri: 'https://webview.test/dist/webview.js' });
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  assert.match(csp, /^default-src 'none';/);
  assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, new RegExp(`nonce="${nonce}"`));
    assert.equal(body.trim(), '', 'no inline script');
  }
  for (const [, attrs] of html.matchAll(/<style\b([^>]*)>/g)) assert.match(attrs, new RegExp(`nonce="${nonce}"`));
});

test('the seed timeline shows gc.collect() returning 0 and 5', () => {
  const tree = render({ view: seedView(), error: null, selected: null }, noActions);
  const cells = find(tree, (n) => n.tag === 'td' && n.attrs?.class === 'returned').map(textContent);
  assert.deepEqual(cells, ['returns 0', 'returns 5']);
  const labels = find(tree, (n) => n.svg === true && n.tag === 'text' && n.attrs?.class === 'returned').map(textContent);
  assert.deepEqual(labels, ['0', '5'], 'each explicit collection is labelled with its result on the chart');
  const markers = find(tree, (n) => n.tag === 'circle');
  assert.equal(markers.length, 2);
  for (const m of markers) {
    assert.equal(m.attrs?.tabindex, '0');
    assert.equal(m.attrs?.role, 'button');
    assert.ok((m.attrs?.['aria-label'] ?? '').length > 0);
    assert.ok(m.onActivate);
  }
  assert.equal(find(tree, (n) => n.tag === 'polyline').length, 2, 'live objects and cyclic garbage series');
});

test('selecting a collection lists its freed objects with links that reveal their lines', () => {
  let selected: number | null = null;
  const revealed: [string, WireRange][] = [];
  const actions = { ...noActions, select: (i: number) => { selected = i; }, reveal: (uri: string, range: WireRange) => { revealed.push([uri, range]); } };
  const first = render({ view: seedView(), error: null, selected: null }, actions);
  find(first, (n) => n.tag === 'circle')[1].onActivate!();
  assert.equal(selected, 1);
  const second = render({ view: seedView(), error: null, selected }, actions);
  // The five lists from line 4 are one entry: a loop can free hundreds of objects from one line.
  const items = find(second, (n) => n.tag === 'li' && textContent(n) === '5 × list allocated at line 4');
  assert.equal(items.length, 1);
  const button = find(items[0], (n) => n.tag === 'button')[0];
  assert.ok(button.onActivate);
  button.onActivate();
  assert.deepEqual(revealed, [['file:///w/seed.py', r(3, 16, 21)]]);
});

test('collections on the lines of the function asked about are outlined', () => {
  const view = { ...seedView(), focus: { startLine: 8, endLine: 9 } };
  const tree = render({ view, error: null, selected: null }, noActions);
  const classes = find(tree, (n) => n.tag === 'circle').map((n) => n.attrs?.class ?? '');
  assert.deepEqual(classes.map((c) => c.includes('in-focus')), [false, true]);
  assert.ok(textContent(tree).includes('lines 9-10'));
});

test('the Run control re-simulates with the chosen version and what-if policy', () => {
  let state: ViewState = { view: seedView(), error: null, selected: null };
  const runs: [string, number][] = [];
  const actions = { ...noActions, edit: (draft: { python: string; policy: number }) => { state = { ...state, draft }; }, simulate: (py: string, policy: number) => { runs.push([py, policy]); } };
  const select = (id: string) => find(render(state, actions), (n) => n.tag === 'select' && n.attrs?.id === id)[0];
  assert.equal(select('python').attrs?.['data-value'], '3.12');
  assert.deepEqual(find(select('python'), (n) => n.tag === 'option').map(textContent), ['3.8', '3.12', '3.14.2']);
  assert.equal(find(select('policy'), (n) => n.tag === 'option').length, POLICY_CHOICES.length);
  select('python').onChange!('3.8');
  select('policy').onChange!('1');
  find(render(state, actions), (n) => n.attrs?.id === 'rerun')[0].onActivate!();
  assert.deepEqual(runs, [['3.8', 1]]);
  assert.equal(POLICY_CHOICES[1].policy.kind, 'disabled');
  const busy = render({ ...state, running: true }, actions);
  const button = find(busy, (n) => n.attrs?.id === 'rerun')[0];
  assert.equal(button.attrs?.disabled, 'true');
  assert.equal(textContent(button), 'Simulating…');
  // An error from a re-run is shown above the timeline it leaves in place.
  const failed = render({ ...state, error: 'unsupported Python version "3.99"' }, actions);
  assert.equal(find(failed, (n) => n.attrs?.role === 'alert').length, 1);
  assert.equal(find(failed, (n) => n.tag === 'td' && n.attrs?.class === 'returned').length, 2);
});

test('messages from the webview are validated', () => {
  assert.ok(isWebviewMessage({ type: 'ready' }));
  assert.ok(isWebviewMessage({ type: 'timeline/simulate', python: '3.12', policy: 0 }));
  assert.ok(!isWebviewMessage({ type: 'timeline/simulate', python: '3.12', policy: POLICY_CHOICES.length }));
  assert.ok(!isWebviewMessage({ type: 'timeline/simulate', python: 3.12, policy: 0 }));
  assert.ok(!isWebviewMessage({ type: 'timeline/reveal', uri: 'file:///x.py' }));
  assert.ok(!isWebviewMessage({ command: 'anything' }));
});

test('hostile program text stays text through render and mount', () => {
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const state: ViewState = { view: seedView(`${evil}.py`, `${evil}Type`), error: null, selected: 1 };
  state.view!.timeline.notes.push(evil);
  const tree = render(state, noActions);
  walk(tree, (n) => {
    assert.ok(!['script', 'img', 'iframe', 'object'].includes(n.tag), `element ${n.tag} from data`);
    for (const k of Object.keys(n.attrs ?? {})) assert.ok(!/^on/i.test(k), `event attribute ${k}`);
  });
  assert.ok(textContent(tree).includes(evil));

  // A fake document that records what mount() does and refuses any HTML parsing.
  const created: string[] = [];
  const texts: string[] = [];
  const element = (tag: string): Record<string, unknown> => {
    const el: Record<string, unknown> = {
      tag,
      attrs: {} as Record<string, string>,
      children: [] as unknown[],
      setAttribute(k: string, v: string) { (el.attrs as Record<string, string>)[k] = v; },
      appendChild(c: unknown) { (el.children as unknown[]).push(c); return c; },
      addEventListener() {},
    };
    for (const prop of ['innerHTML', 'outerHTML']) {
      Object.defineProperty(el, prop, { set() { throw new Error(`${prop} used`); }, get() { return ''; } });
    }
    el.insertAdjacentHTML = () => { throw new Error('insertAdjacentHTML used'); };
    return el;
  };
  const doc = {
    createElement: (tag: string) => { created.push(tag); return element(tag); },
    createElementNS: (_ns: string, tag: string) => { created.push(`svg:${tag}`); return element(tag); },
    createTextNode: (t: string) => { texts.push(t); return { text: t }; },
  } as unknown as Document;
  mount(tree, doc);
  assert.ok(!created.some((t) => /script|img|iframe/.test(t)), created.join(','));
  assert.ok(texts.some((t) => t.includes(evil)), 'the hostile title arrived as a text node');
});

test('an error message is shown as an alert', () => {
  const tree = render({ view: null, error: 'the simulation failed: <b>x</b>', selected: null }, noActions);
  const alert = find(tree, (n) => n.attrs?.role === 'alert');
  assert.equal(alert.length, 1);
  assert.equal(textContent(alert[0]), 'the simulation failed: <b>x</b>');
});

test('comparison with a real CPython run (tools/tracer.py under 3.12)', (t) => {
  const probe = spawnSync('python', ['--version'], { env: { ...process.env, PYENV_VERSION: '3.12.1' }, encoding: 'utf8' });
  if (probe.status !== 0 || !/Python 3\.12/.test(probe.stdout + probe.stderr)) {
    t.skip('CPython 3.12 not available (PYENV_VERSION=3.12.1 python)');
    return;
  }
  const run = spawnSync('python', [path.join(ROOT, 'tools/tracer.py'), path.join(ROOT, 'test/fixtures/seed.py')], {
    env: { ...process.env, PYENV_VERSION: '3.12.1' }, encoding: 'utf8', timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  const cmp = parseTracerOutput(run.stdout);
  assert.equal(cmp.python, '3.12');
  assert.deepEqual(cmp.explicitCollects, CPYTHON_312.explicitCollects.map((e: { line: number; generation: number; returned: number }) => ({ line: e.line, generation: e.generation, returned: e.returned })));
  const view = { ...seedView(), comparison: cmp };
  const tree = render({ view, error: null, selected: null }, noActions);
  assert.deepEqual(find(tree, (n) => n.tag === 'td' && n.attrs?.class === 'match').map(textContent), ['returned 0 ✓', 'returned 5 ✓']);
  // No automatic collection in either run of the seed (CPython's count comes from the tracer).
  assert.match(textContent(tree), new RegExp(`Automatic collections: predicted 0, ${cmp.implementation} ran ${cmp.collections.filter((c) => c.trigger !== 'explicit').length} ✓`));
  assert.throws(() => parseTracerOutput('Traceback (most recent call last):'), /did not print JSON/);
});
