// Messages between the timeline panel (client/src/timeline/panel.ts) and its webview
// (client/webview/main.ts). The webview announces `ready` first; the host then sends `timeline/show`.
// Shared by both sides; the only types here are plain data.

import type { TimelineDTO, WireRange } from '../../../server/src/protocolTypes';

export type { TimelineDTO, WireRange };

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
}

/** Host -> webview. */
export type HostMessage =
  | { type: 'timeline/show'; view: TimelineView }
  | { type: 'timeline/error'; message: string };

/** Webview -> host. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'timeline/reveal'; uri: string; range: WireRange };

export function isWebviewMessage(x: unknown): x is WebviewMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as { type?: unknown; uri?: unknown; range?: unknown };
  if (m.type === 'ready') return true;
  return m.type === 'timeline/reveal' && typeof m.uri === 'string' && typeof m.range === 'object' && m.range !== null;
}
