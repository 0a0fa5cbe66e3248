// textDocument/codeLens: a "Simulate GC" lens above each function definition, computed with the
// document's analysis; the lens runs the client command gcscope.simulate with (uri, range, qualname).

import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { Session } from '../session';
import { ensureAnalysis } from './diagnostics';

export async function onCodeLens(session: Session, params: CodeLensParams): Promise<CodeLens[]> {
  const analysis = await ensureAnalysis(session, params.textDocument.uri);
  if (!analysis?.result || !analysis.settings.enable) return [];
  return analysis.result.lenses;
}
