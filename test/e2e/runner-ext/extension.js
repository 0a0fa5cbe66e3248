// Test-only extension installed next to gcscope in code-server: its command runs the extension-host checks
// (checks.cjs, copied beside this file when test/e2e/run.mjs packages it) and writes their results to the
// file named by the user setting gcscopeE2E.resultsFile, which the Playwright scenario waits for.
'use strict';
const vscode = require('vscode');
const { writeFileSync } = require('node:fs');
const { runChecks } = require('./checks.cjs');

exports.activate = (context) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('gcscopeE2E.runApiChecks', async () => {
      const file = vscode.workspace.getConfiguration('gcscopeE2E').get('resultsFile');
      let results;
      try {
        results = await runChecks(vscode);
      } catch (e) {
        results = [{ name: 'extension-host', status: 'fail', detail: String((e && e.message) || e) }];
      }
      if (file) writeFileSync(file, JSON.stringify(results, null, 2));
      return results;
    }),
  );
};
