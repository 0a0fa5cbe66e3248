// textDocument/codeLens: a "Simulate GC" lens above each function and class definition. The lens
// runs the client command gcscope.simulate with the document and the definition's range.

import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { spanToRange } from '../convert';
import type { Session } from '../session';
import { ensureAnalysis } from './diagnostics';

export const SIMULATE_COMMAND = 'gcscope.simulate';

export async function onCodeLens(session: Session, params: CodeLensParams): Promise<CodeLens[]> {
  const analysis = await ensureAnalysis(session, params.textDocument.uri);
  const module = analysis?.result?.module;
  if (!module || !analysis.settings.enable) return [];
  return module.functions
    .filter((f) => f.kind === 'function' && f.site.line >= 0)
    .map((f) => {
      const range = spanToRange(f.site);
      return {
        range: { start: range.start, end: range.start },
        command: { title: 'Simulate GC', command: SIMULATE_COMMAND, arguments: [params.textDocument.uri, range, f.qualname] },
      };
    });
}
