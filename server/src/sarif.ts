// SARIF 2.1.0 output for `gcscope check --format sarif`: one run, the rule registry as
// tool.driver.rules, one result per finding with 1-based UTF-16 regions (SARIF's default column kind).

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../engine/src/index';
import type { JsonDiagnostic } from './checkFile';
import { DOCS_BASE } from './convert';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(diagnostics: JsonDiagnostic[], version: string): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.code, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gcscope',
            version,
            informationUri: 'https://github.com/gcscope/gcscope',
            rules: RULES.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.summary },
              helpUri: `${DOCS_BASE}${r.code}.md`,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
          level: LEVEL[d.severity] ?? 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
          ...(d.allocationSites.length > 0
            ? {
                relatedLocations: d.allocationSites.map((s, i) => ({
                  id: i,
                  message: { text: `${s.type} allocated here` },
                  physicalLocation: { artifactLocation: { uri: artifactUri(d.file) }, region: { startLine: s.line, startColumn: s.column } },
                })),
              }
            : {}),
        })),
      },
    ],
  };
}

/** Relative paths stay relative (forward slashes, as SARIF viewers expect); absolute ones become file URIs. */
function artifactUri(file: string): string {
  return path.isAbsolute(file) ? pathToFileURL(file).href : file.split(path.sep).join('/');
}
