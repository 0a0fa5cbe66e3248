// Maintenance tool: rewrites test/corpus/known-failures.json from the engine's current results on the
// corpus (the cases where it does not match recorded CPython). Review the diff before committing:
// a removed line is a fix, an added line a regression. Not part of the test run.
//   node tools/update-known-failures.mjs
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-known-'));
const outfile = path.join(tmp, 'run.cjs');
const entry = `
import { createPythonParser } from '../../engine/src/index';
import { compareCase, loadCases, readWasm, summarize, writeKnownFailures } from './compare';
export async function run(root) {
  const parser = await createPythonParser(readWasm(root));
  const outcomes = loadCases(root).filter((c) => c.recording).map((c) => compareCase(parser, c));
  const n = writeKnownFailures(root, outcomes);
  return { n, total: outcomes.length, summary: summarize(outcomes) };
}`;
await esbuild.build({
  stdin: { contents: entry, resolveDir: path.join(root, 'tools', 'differential'), loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' },
});
const { run } = createRequire(import.meta.url)(outfile);
const { n, total, summary } = await run(root);
for (const line of summary) console.log(line);
console.log(`known-failures.json: ${n} of ${total} recorded cases listed`);
fs.rmSync(tmp, { recursive: true, force: true });
