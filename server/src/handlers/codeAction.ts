// textDocument/codeAction: the engine's fixes, carried in each diagnostic's `data` (no recomputation),
// plus "suppress with # gcscope: ignore[CODE]" on the finding's first line.

import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { fixActions, isDiagnosticData, SOURCE } from '../convert';
import type { Session } from '../session';

export function onCodeAction(session: Session, params: CodeActionParams): CodeAction[] {
  const state = session.documents.get(params.textDocument.uri);
  if (!state) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) continue;
    if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) continue;
    actions.push(...fixActions(params.textDocument.uri, diagnostic, diagnostic.data));
    const line = diagnostic.range.start.line;
    const lineText = state.doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
    actions.push(suppressAction(params.textDocument.uri, diagnostic, diagnostic.data.code, line, lineText));
  }
  return actions;
}

export function suppressAction(uri: string, diagnostic: Diagnostic, code: string, line: number, lineText: string): CodeAction {
  const existing = /#\s*gcscope:\s*ignore\[([^\]]*)\]/.exec(lineText);
  let edit;
  if (existing) {
    // Add the code to the list already on the line.
    const start = existing.index + existing[0].length - 1;
    const sep = existing[1].trim() === '' ? '' : ', ';
    edit = { range: { start: { line, character: start }, end: { line, character: start } }, newText: `${sep}${code}` };
  } else {
    const end = lineText.length;
    const pad = lineText.trimEnd().length === end ? '  ' : '';
    edit = { range: { start: { line, character: end }, end: { line, character: end } }, newText: `${pad}# gcscope: ignore[${code}]` };
  }
  return {
    title: `Suppress ${code} on this line (# gcscope: ignore[${code}])`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [edit] } },
  };
}
