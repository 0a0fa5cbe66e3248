// Entry point @vscode/test-electron loads in the Extension Development Host (--extensionTestsPath):
// runs checks.cjs against the real API, writes the results for the launcher, and throws if any failed.
'use strict';
const { writeFileSync } = require('node:fs');
const vscode = require('vscode');
const { runChecks } = require('./checks.cjs');

exports.run = async function run() {
  const results = await runChecks(vscode, { only: process.env.GCSCOPE_E2E_ONLY || '' });
  for (const r of results) console.log(`${r.status === 'pass' ? 'ok  ' : 'FAIL'} ${r.name} — ${r.detail}`);
  if (process.env.GCSCOPE_E2E_RESULTS) writeFileSync(process.env.GCSCOPE_E2E_RESULTS, JSON.stringify(results, null, 2));
  const failed = results.filter((r) => r.status !== 'pass');
  if (failed.length) throw new Error(`${failed.length} extension-host check(s) failed: ${failed.map((r) => r.name).join(', ')}`);
};
