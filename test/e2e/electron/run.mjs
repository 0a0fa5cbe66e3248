// Runs the e2e checks inside a real VS Code build with @vscode/test-electron, for users who have one:
// VSCODE_EXECUTABLE=/path/to/code node test/e2e/electron/run.mjs. Without it, says it is skipped and why.
// Never downloads VS Code (runTests gets vscodeExecutablePath, so test-electron has nothing to fetch).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..', '..');
const exe = process.env.VSCODE_EXECUTABLE;

if (!exe) {
  console.log('SKIP electron e2e: VSCODE_EXECUTABLE is not set. Point it at a VS Code build (the `code` binary or');
  console.log('     the Electron executable); this harness never downloads one. The code-server suite (npm run test:e2e) runs the same checks.');
  process.exit(0);
}
if (!existsSync(exe)) {
  console.error(`FAIL electron e2e: VSCODE_EXECUTABLE=${exe} does not exist`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const { runTests } = await import('@vscode/test-electron');

// The extension under development is this repo: its dist/ must be built first.
const build = spawnSync(process.execPath, [join(repo, 'esbuild.mjs')], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('FAIL electron e2e: node esbuild.mjs failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'gcscope-e2e-electron-'));
const ws = join(root, 'workspace');
cpSync(join(here, '..', 'fixtures', 'workspace'), ws, { recursive: true });
mkdirSync(join(root, 'extensions'), { recursive: true });
const resultsFile = join(root, 'results.json');

let code = 0;
try {
  await runTests({
    vscodeExecutablePath: exe,
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(here, 'suite', 'index.cjs'),
    extensionTestsEnv: { GCSCOPE_E2E_RESULTS: resultsFile, GCSCOPE_E2E_ONLY: process.argv[2] || '' },
    launchArgs: [
      ws,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
      '--user-data-dir', join(root, 'user-data'),
      '--extensions-dir', join(root, 'extensions'),
    ],
  });
} catch (e) {
  code = 1;
  console.error(`electron e2e: ${e.message}`);
}

let results = [];
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8'));
} catch {
  results = [{ name: 'extension-host', status: 'fail', detail: 'the suite wrote no results (VS Code did not start or the suite crashed)' }];
}
rmSync(root, { recursive: true, force: true });
const passed = results.filter((r) => r.status === 'pass').length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || code ? 1 : 0);
