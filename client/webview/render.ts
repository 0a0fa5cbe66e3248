// Renders the GC timeline view from a state object: a pure function from state to a VNode tree.
// Shows the gc.collect() results (with CPython's, when compared), collections per generation along
// the allocation (tick) axis, live objects and cyclic garbage, and the objects a collection freed.

import { type ComparisonDTO, POLICY_CHOICES, type TimelineView, type WireRange } from '../src/timeline/protocol';
import { h, s, type VNode } from './vnode';

export interface ViewState {
  view: TimelineView | null;
  error: string | null;
  selected: number | null; // index into view.timeline.collections
  /** The what-if choice being edited (before Run), and whether a re-run is under way. */
  draft?: { python: string; policy: number };
  running?: boolean;
}

export interface Actions {
  select(index: number): void;
  reveal(uri: string, range: WireRange): void;
  edit(draft: { python: string; policy: number }): void;
  simulate(python: string, policy: number): void;
}

const MAX_MARKERS = 2000;
const MAX_ROWS = 200;

export function render(state: ViewState, actions: Actions): VNode {
  const alert = state.error !== null ? h('p', { class: 'error', role: 'alert' }, state.error) : null;
  const view = state.view;
  if (!view && alert) return h('main', { id: 'root' }, alert);
  if (!view) return h('main', { id: 'root' }, h('p', null, 'Waiting for the simulation…'));
  const t = view.timeline;
  const auto = t.collections.filter((c) => c.trigger === 'threshold').reduce((n, c) => n + c.repeat, 0);
  const all = t.collections.reduce((n, c) => n + c.repeat, 0);
  const link = (label: string, range: WireRange | null) =>
    range ? h('button', { class: 'link', type: 'button', title: 'Show in editor' }, label) : h('span', null, label);
  const withReveal = (node: VNode, range: WireRange | null): VNode => (range ? { ...node, onActivate: () => actions.reveal(t.uri, range) } : node);

  return h('main', { id: 'root' },
    h('h1', null, `GC timeline — ${view.title}`),
    controls(state, view, actions),
    alert,
    h('p', null, `CPython ${t.python} · thresholds ${t.threshold.join('/')} · ${t.ticks} GC allocations · ${all} collections (${auto} automatic, ${all - auto} explicit) · final gc.get_count() (${t.finalCount.join(', ')})`),
    t.notes.length > 0 || t.limitHit ? h('ul', { class: 'notes' },
      ...t.notes.map((n) => h('li', null, n)),
      t.limitHit ? h('li', null, `The simulation stopped early (${t.limitHit.what} limit)${t.limitHit.range ? ` at line ${t.limitHit.range.start.line + 1}` : ''}.`) : null,
    ) : null,
    collectsTable(view, link, withReveal),
    view.comparison ? autoComparison(view, auto) : null,
    h('h2', null, 'Collections'),
    chart(view, state.selected, actions),
    h('p', null, h('span', { class: 'legend-live' }, '— live GC objects'), ' ', h('span', { class: 'legend-garbage' }, '— cyclic garbage (unreachable, not yet freed)')),
    details(view, state.selected, link, withReveal),
  );
}

/** Re-run with another CPython version or a what-if manual-GC policy. */
function controls(state: ViewState, view: TimelineView, actions: Actions): VNode {
  const draft = state.draft ?? { python: view.timeline.python, policy: view.policy };
  const offered = view.timeline.supportedPythons;
  const pythons = offered.includes(draft.python) ? offered : [draft.python, ...offered];
  return h('p', { class: 'controls' },
    h('label', { for: 'python' }, 'CPython '),
    { ...h('select', { id: 'python', 'data-value': draft.python }, ...pythons.map((v) => h('option', { value: v }, v))), onChange: (v) => actions.edit({ ...draft, python: v }) },
    ' ',
    h('label', { for: 'policy' }, 'policy '),
    { ...h('select', { id: 'policy', 'data-value': String(draft.policy) }, ...POLICY_CHOICES.map((c, i) => h('option', { value: String(i) }, c.label))), onChange: (v) => actions.edit({ ...draft, policy: Number(v) }) },
    ' ',
    { ...h('button', { type: 'button', id: 'rerun', ...(state.running ? { disabled: 'true' } : {}) }, state.running ? 'Simulating…' : 'Run'), onActivate: () => actions.simulate(draft.python, draft.policy) },
  );
}

/** Automatic collections: how many the prediction has against how many the real run had. */
function autoComparison(view: TimelineView, predicted: number): VNode {
  const cmp = view.comparison!;
  const real = cmp.collections.filter((c) => c.trigger !== 'explicit').length;
  return h('p', null, 'Automatic collections: ', h('span', { class: 'returned' }, `predicted ${predicted}`), `, ${cmp.implementation} ran `,
    h('span', { class: real === predicted ? 'match' : 'mismatch' }, `${real}${real === predicted ? ' ✓' : ' ✗'}`), '.');
}

function collectsTable(
  view: TimelineView,
  link: (label: string, range: WireRange | null) => VNode,
  withReveal: (node: VNode, range: WireRange | null) => VNode,
): VNode {
  const t = view.timeline;
  if (t.explicitCollects.length === 0) return h('p', null, 'The program never calls gc.collect().');
  const cmp: ComparisonDTO | null = view.comparison;
  const rows = t.explicitCollects.slice(0, MAX_ROWS).map((c, i) => {
    const line = c.range ? c.range.start.line + 1 : null;
    const real = cmp?.explicitCollects[i];
    const same = real !== undefined && real.returned === c.returned && real.line === line;
    return h('tr', null,
      h('td', null, withReveal(link(line === null ? '?' : `line ${line}`, c.range), c.range)),
      h('td', null, `gc.collect(${c.generation})`),
      h('td', { class: 'returned' }, `returns ${c.returned}`),
      cmp ? h('td', { class: same ? 'match' : 'mismatch' }, real ? `returned ${real.returned}${real.line === line ? '' : ` (line ${real.line})`}${same ? ' ✓' : ' ✗'}` : 'not called ✗') : null,
    );
  });
  const extra = cmp && cmp.explicitCollects.length > t.explicitCollects.length
    ? cmp.explicitCollects.slice(t.explicitCollects.length).map((r) =>
      h('tr', null, h('td', null, `line ${r.line}`), h('td', null, `gc.collect(${r.generation})`), h('td', null, 'not called'), h('td', { class: 'mismatch' }, `returned ${r.returned} ✗`)))
    : [];
  return h('section', null,
    h('h2', null, 'gc.collect() calls'),
    h('table', null,
      h('thead', null, h('tr', null, h('th', null, 'Where'), h('th', null, 'Call'), h('th', null, 'Predicted'), cmp ? h('th', null, `Returned by ${cmp.implementation}`) : null)),
      h('tbody', null, ...rows, ...extra),
    ),
    t.explicitCollects.length > MAX_ROWS ? h('p', { class: 'notes' }, `Showing the first ${MAX_ROWS} of ${t.explicitCollects.length} gc.collect() calls.`) : null,
  );
}

function chart(view: TimelineView, selected: number | null, actions: Actions): VNode {
  const t = view.timeline;
  const width = 760, left = 70, right = 20, laneTop = 24, laneGap = 28, seriesTop = 120, seriesHeight = 100;
  const maxTick = Math.max(1, t.ticks, ...t.collections.map((c) => c.tick), ...t.series.map((p) => p.tick));
  const x = (tick: number) => (left + (tick / maxTick) * (width - left - right)).toFixed(1);
  const laneY = (g: number) => laneTop + g * laneGap;
  const maxY = Math.max(1, ...t.series.map((p) => Math.max(p.live, p.cyclicGarbage)));
  const y = (v: number) => (seriesTop + seriesHeight - (v / maxY) * seriesHeight).toFixed(1);
  const height = seriesTop + seriesHeight + 30;

  const parts: VNode[] = [];
  for (const g of [0, 1, 2]) {
    parts.push(s('line', { class: 'lane', x1: String(left), x2: String(width - right), y1: String(laneY(g)), y2: String(laneY(g)) }));
    parts.push(s('text', { x: '0', y: String(laneY(g) + 4) }, `gen ${g}`));
  }
  const shown = t.collections.slice(0, MAX_MARKERS);
  shown.forEach((c, i) => {
    const cx = x(c.tick), cy = laneY(Math.min(2, Math.max(0, c.generation)));
    const returned = c.collected + c.uncollectable;
    const where = c.range ? ` at line ${c.range.start.line + 1}` : '';
    const label = `Collection ${c.index + 1}: generation ${c.generation}, ${c.trigger === 'threshold' ? 'automatic' : 'gc.collect()'}${where}, ${returned} unreachable${c.repeat > 1 ? `, repeated ${c.repeat} times` : ''}`;
    const inFocus = view.focus !== null && c.range !== null && c.range.start.line >= view.focus.startLine && c.range.start.line <= view.focus.endLine;
    const marker: VNode = {
      ...s('circle', {
        class: `collection ${c.trigger === 'threshold' ? 'auto' : 'explicit'}${selected === i ? ' selected' : ''}${inFocus ? ' in-focus' : ''}`,
        cx, cy: String(cy), r: '6', tabindex: '0', 'data-focus-key': `collection-${i}`, role: 'button', 'aria-label': label, 'aria-pressed': String(selected === i),
      }, s('title', null, label)),
      onActivate: () => actions.select(i),
    };
    parts.push(marker);
    if (c.trigger !== 'threshold') parts.push(s('text', { class: 'returned', x: cx, y: String(cy - 9), 'text-anchor': 'middle' }, String(returned)));
    else if (c.repeat > 1) parts.push(s('text', { x: cx, y: String(cy - 9), 'text-anchor': 'middle' }, `×${c.repeat}`));
  });
  if (t.series.length > 0) {
    const pts = (pick: (p: { live: number; cyclicGarbage: number }) => number) => t.series.map((p) => `${x(p.tick)},${y(pick(p))}`).join(' ');
    parts.push(s('polyline', { class: 'series-live', points: pts((p) => p.live) }));
    parts.push(s('polyline', { class: 'series-garbage', points: pts((p) => p.cyclicGarbage) }));
    parts.push(s('text', { x: '0', y: String(seriesTop + 4) }, String(maxY)));
    parts.push(s('text', { x: '0', y: String(seriesTop + seriesHeight) }, '0'));
  }
  parts.push(s('text', { x: String(left), y: String(height - 6) }, 'tick 0'));
  parts.push(s('text', { x: String(width - right), y: String(height - 6), 'text-anchor': 'end' }, `tick ${maxTick} (GC allocations)`));
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': 'Collections per generation along the allocation axis' }, ...parts);
  const focus = view.focus
    ? h('p', { class: 'notes' }, `Outlined: collections triggered on lines ${view.focus.startLine + 1}-${view.focus.endLine + 1} (the function or selection you asked about).`)
    : null;
  const more = t.collections.length > MAX_MARKERS ? h('p', { class: 'notes' }, `Showing the first ${MAX_MARKERS} of ${t.collections.length} collection records.`) : null;
  return h('section', null, svg, focus, more);
}

function details(
  view: TimelineView,
  selected: number | null,
  link: (label: string, range: WireRange | null) => VNode,
  withReveal: (node: VNode, range: WireRange | null) => VNode,
): VNode | null {
  const c = selected === null ? undefined : view.timeline.collections[selected];
  if (!c) return h('p', { class: 'notes' }, 'Select a collection (click, or Tab then Enter) to list the objects it freed.');
  const where = c.range ? ` at line ${c.range.start.line + 1}` : '';
  return h('section', { 'aria-label': 'Selected collection' },
    h('h2', null, `Collection ${c.index + 1}: generation ${c.generation}, ${c.trigger === 'threshold' ? 'automatic' : 'gc.collect()'}${where}`),
    h('p', null, `${c.collected} collected, ${c.uncollectable} uncollectable, ${c.examined} objects examined${c.repeat > 1 ? `; stands for ${c.repeat} identical collections` : ''}.`),
    c.freed.length === 0
      ? h('p', null, 'It freed no objects.')
      : h('ul', null, ...groupFreed(c.freed).map((g) => h('li', null,
        withReveal(link(`${g.count > 1 ? `${g.count} × ` : ''}${g.typeName}${g.range ? ` allocated at line ${g.range.start.line + 1}` : ''}`, g.range), g.range)))),
  );
}

/** Freed objects grouped by type and allocation site (a loop frees hundreds from one line), in first-seen order. */
function groupFreed(freed: { typeName: string; range: WireRange | null; count: number }[]): { typeName: string; range: WireRange | null; count: number }[] {
  const groups = new Map<string, { typeName: string; range: WireRange | null; count: number }>();
  for (const o of freed) {
    const key = `${o.typeName}|${o.range ? `${o.range.start.line}:${o.range.start.character}` : '-'}`;
    const g = groups.get(key);
    if (g) g.count += o.count;
    else groups.set(key, { typeName: o.typeName, range: o.range, count: o.count });
  }
  return [...groups.values()];
}
