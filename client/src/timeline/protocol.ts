// Messages between the timeline panel (client/src/timeline/panel.ts) and its webview
// (client/webview/main.ts). The webview announces `ready` first; the host then sends `timeline/show`.
// Shared by both sides; the only types here are plain data.

import type { PolicyDTO, TimelineDTO, WireRange } from '../../../server/src/protocolTypes';

export type { PolicyDTO, TimelineDTO, WireRange };

/** The what-if policies the panel offers (a subset of the engine's, with fixed parameters). */
export const POLICY_CHOICES: { label: string; policy: PolicyDTO }[] = [
  { label: 'automatic (as CPython does)', policy: { kind: 'automatic' } },
  { label: 'gc.disable() for the whole run', policy: { kind: 'disabled' } },
  { label: 'gc.collect() every 100 allocations', policy: { kind: 'every', ticks: 100 } },
  { label: 'gc.collect() every 1000 allocations', policy: { kind: 'every', ticks: 1000 } },
  { label: 'only at the end of the program', policy: { kind: 'atEnd' } },
];

/** What a real interpreter did, from tools/tracer.py, laid over the prediction. */
export interface ComparisonDTO {
  implementation: string; // 'cpython 3.12.1'
  python: string;
  explicitCollects: { line: number; generation: number; returned: number }[];
  collections: { generation: number; collected: number; uncollectable: number; trigger: string }[];
}

export interface TimelineView {
  /** File name to show in the title (already shortened by the host). */
  title: string;
  timeline: TimelineDTO;
  comparison: ComparisonDTO | null;
  /** 0-based lines of the function or selection the user asked about, if any. */
  focus: { startLine: number; endLine: number } | null;
  /** The what-if policy this timeline was made with (index into POLICY_CHOICES). */
  policy: number;
}

/** Host -> webview. */
export type HostMessage =
  | { type: 'timeline/show'; view: TimelineView }
  | { type: 'timeline/error'; message: string };

/** Webview -> host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'timeline/reveal'; uri: string; range: WireRange }
  /** Re-run the simulation with another CPython version and/or what-if policy. */
  | { type: 'timeline/simulate'; python: string; policy: number };

export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { type?: unknown; uri?: unknown; range?: unknown; python?: unknown; policy?: unknown };
  if (m.type === 'ready') return true;
  if (m.type === 'timeline/simulate') {
    return typeof m.python === 'string' && typeof m.policy === 'number' && Number.isInteger(m.policy) && m.policy >= 0 && m.policy < POLICY_CHOICES.length;
  }
  return m.type === 'timeline/reveal' && typeof m.uri === 'string' && typeof m.range === 'object' && m.range !== null;
}
