// `npm run test:e2e`: builds gcscope.vsix, installs it into a real code-server, opens the fixture workspace in
// Debian's Chromium via Playwright and runs the scenarios in scenarios.mjs. Ends with "N passed, N failed".
// Tools come from test/e2e/setup.mjs (a cache outside the repo); if they are missing every scenario FAILS with why.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { e2ePaths, missingReason } from './setup.mjs';
import { installVsix, startCodeServer, killGroup } from './lib/codeServer.mjs';
import { withTimeout, waitFor } from './lib/poll.mjs';
import { openWorkbench, closeAllEditors, dismissQuickInput, dismissDialogs } from './lib/workbench.mjs';
import { scenarios } from './scenarios.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const resultsDir = join(repo, 'test-results');
const SCENARIO_MS = Number(process.env.GCSCOPE_E2E_SCENARIO_MS || 120000);
const RUN_MS = Number(process.env.GCSCOPE_E2E_RUN_MS || 12 * 60000);
const filter = process.argv[2] || '';
const started = Date.now();

const results = [];
const log = (s) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${s}`);
function record(name, status, detail = '') {
  results.push({ name, status, detail });
  const tag = { pass: 'ok  ', fail: 'FAIL', skip: 'SKIP' }[status];
  console.log(`${tag} ${name}${detail ? ' — ' + detail : ''}`);
}

// Everything started here is ended here, on any exit path.
const live = { servers: [], browser: null, root: null };
async function cleanup() {
  const browser = live.browser;
  live.browser = null;
  if (browser) await browser.close().catch(() => {});
  await Promise.all(live.servers.map((s) => killGroup(s.child)));
}
process.on('exit', () => {
  for (const s of live.servers) {
    try {
      process.kill(-s.child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.log(`[e2e] ${sig}: stopping code-server and chromium`);
    cleanup().finally(() => {
      if (live.root && !process.env.GCSCOPE_E2E_KEEP) rmSync(live.root, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

function finish() {
  const n = (s) => results.filter((r) => r.status === s).length;
  const skipped = n('skip');
  console.log(`\ne2e: ${((Date.now() - started) / 1000).toFixed(0)}s, screenshots in ${resultsDir}`);
  console.log(`${n('pass')} passed, ${n('fail')} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = n('fail') > 0 ? 1 : 0;
}

function summarizeBuildError(what, r) {
  // Lead with the build's own error lines (esbuild's "✘ [ERROR]", vsce's "ERROR"), not a stack trace.
  const lines = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const errs = lines.filter((l) => /\[ERROR\]|^\s*ERROR|error TS|: ERROR:/.test(l)).slice(0, 5);
  return `${what} failed (status ${r.status}): ${(errs.length ? errs : lines.slice(-8)).join(' | ').trim()}`;
}

/**
 * Builds the .vsix with `npm run package` (recorded as the "package" check). If only vsce's publishing checks
 * fail (e.g. README image links without a repository URL), packages again with base URLs so the editor checks
 * still run against the current code; the "package" failure stays in the report.
 */
function buildVsix(root) {
  if (process.env.GCSCOPE_E2E_VSIX) return resolve(process.env.GCSCOPE_E2E_VSIX);
  log('building gcscope.vsix (npm run package)');
  const opts = { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 };
  const r = spawnSync('npm', ['run', 'package'], opts);
  const vsix = join(repo, 'gcscope.vsix');
  if (r.status === 0 && existsSync(vsix)) {
    record('package', 'pass', 'npm run package built gcscope.vsix');
    return vsix;
  }
  const why = r.status === 0 ? 'npm run package succeeded but gcscope.vsix is missing' : summarizeBuildError('npm run package', r);
  record('package', 'fail', why);
  if (!/baseContentUrl|baseImagesUrl|repository/i.test(why)) throw new Error(why);
  const base = 'https://example.invalid/gcscope/';
  const fallback = join(root, 'gcscope-fallback.vsix');
  log('retrying vsce package with --baseContentUrl/--baseImagesUrl so the editor checks can run');
  const r2 = spawnSync(join(repo, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--baseContentUrl', base, '--baseImagesUrl', base, '-o', fallback], opts);
  if (r2.status !== 0 || !existsSync(fallback)) throw new Error(summarizeBuildError('vsce package (fallback)', r2));
  return fallback;
}

/** Packages the test-only runner extension (runner-ext + the extension-host checks) into a .vsix. */
function buildRunnerVsix(root) {
  const dir = join(root, 'runner-ext');
  cpSync(join(here, 'runner-ext'), dir, { recursive: true });
  cpSync(join(here, 'electron', 'suite', 'checks.cjs'), join(dir, 'checks.cjs'));
  const out = join(root, 'gcscope-e2e-runner.vsix');
  const vsce = join(repo, 'node_modules', '.bin', 'vsce');
  const r = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', out], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 });
  if (r.status !== 0) throw new Error(`vsce package (runner) failed: ${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-5).join(' | ')}`);
  return out;
}

async function launchChromium(chromiumPath) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (e) {
    throw new Error(`playwright-core is not installed (npm ci): ${e.message}`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60000,
  });
}

/** Opens an instance's workbench; in the untrusted one, answers the trust prompt (if any) with "don't trust". */
async function openInstance(browser, server, ws, untrusted) {
  const page = await openWorkbench(browser, server.url, ws);
  if (untrusted) {
    const noTrust = page.getByRole('button', { name: /don't trust|No, I don't/i });
    await waitFor('the trust prompt or Restricted Mode', async () => {
      if (await noTrust.first().isVisible().catch(() => false)) await noTrust.first().click();
      const t = (await page.locator('.statusbar').allInnerTexts()).join(' ');
      return t.includes('Restricted Mode');
    }, { timeout: 30000 });
  }
  return page;
}

async function main() {
  const selected = scenarios.filter((s) => s.name.includes(filter));
  const failAll = (why) => {
    for (const s of selected) record(s.name, 'fail', why);
  };
  const paths = e2ePaths();
  const missing = missingReason(paths);
  if (missing) return failAll(`e2e tools not installed (${missing}); run: node test/e2e/setup.mjs`);

  mkdirSync(resultsDir, { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'gcscope-e2e-'));
  live.root = root;
  const ws = join(root, 'workspace');
  cpSync(join(here, 'fixtures', 'workspace'), ws, { recursive: true });
  const extDir = join(root, 'extensions');
  mkdirSync(extDir, { recursive: true });
  const ctx = { paths, root, ws, extDir, extensionError: null };
  log(`temp dir ${root}`);

  try {
    const vsix = buildVsix(root);
    log(`installing ${vsix} into code-server`);
    installVsix(paths, root, extDir, join(root, 'install-user-data'), vsix);
  } catch (e) {
    ctx.extensionError = e.message;
    log(`extension not installed: ${e.message}`);
  }
  try {
    installVsix(paths, root, extDir, join(root, 'install-user-data'), buildRunnerVsix(root));
  } catch (e) {
    ctx.runnerError = e.message;
    log(`e2e runner extension not installed: ${e.message}`);
  }
  ctx.apiResultsFile = join(root, 'api-results.json');

  const common = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'editor.hover.delay': 100,
    'gcscopeE2E.resultsFile': ctx.apiResultsFile,
  };
  const instances = {
    trusted: { settings: { ...common, 'security.workspace.trust.enabled': false } },
    untrusted: { settings: { ...common, 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } },
  };

  try {
    live.browser = await launchChromium(paths.chromium);
  } catch (e) {
    return failAll(`chromium did not start: ${e.message.split('\n')[0]}`);
  }

  for (const s of selected) {
    const instName = s.instance || 'trusted';
    const inst = instances[instName];
    if (Date.now() - started > RUN_MS) {
      record(s.name, 'fail', `not run: the whole run passed its ${RUN_MS / 60000} min budget`);
      continue;
    }
    if (s.needsExtension !== false && ctx.extensionError) {
      record(s.name, 'fail', `gcscope extension not installed: ${ctx.extensionError.split('\n')[0]}`);
      continue;
    }
    try {
      if (!inst.server) {
        if (inst.error) throw new Error(inst.error);
        log(`starting code-server (${instName})`);
        try {
          inst.server = await startCodeServer(paths, { root, name: instName, extDir, settings: inst.settings });
          live.servers.push(inst.server);
          inst.page = await openInstance(live.browser, inst.server, ws, instName === 'untrusted');
          log(`${instName} workbench up at ${inst.server.url}`);
        } catch (e) {
          inst.error = `code-server (${instName}) did not come up: ${e.message}`;
          throw new Error(inst.error);
        }
      }
      const t0 = Date.now();
      const note = await withTimeout(s.run({ page: inst.page, ctx, server: inst.server }), s.timeoutMs || SCENARIO_MS, `scenario ${s.name}`);
      if (note && Array.isArray(note.results)) {
        // A scenario that runs several checks reports each one (the extension-host API checks).
        for (const r of note.results) record(`${s.name}/${r.name}`, r.status === 'pass' ? 'pass' : 'fail', r.detail);
      } else {
        record(s.name, 'pass', `${((Date.now() - t0) / 1000).toFixed(1)}s${note ? '; ' + note : ''}`);
      }
    } catch (e) {
      record(s.name, 'fail', e.message);
    } finally {
      if (inst.page) {
        await inst.page.screenshot({ path: join(resultsDir, `${s.name}.png`) }).catch(() => {});
        const dialogs = await dismissDialogs(inst.page).catch(() => []);
        if (dialogs.length) log(`dialog left open by ${s.name}: ${dialogs.join(' / ')}`);
        await withTimeout(closeAllEditors(inst.page), 20000, 'closing editors').catch(() => dismissQuickInput(inst.page).catch(() => {}));
      }
    }
  }
  await cleanup();
  if (process.env.GCSCOPE_E2E_KEEP) log(`kept ${root}`);
  else {
    try {
      rmSync(root, { recursive: true, force: true });
    } catch (e) {
      log(`could not remove ${root}: ${e.message}`);
    }
  }
}

main()
  .catch((e) => record('harness', 'fail', e.stack || e.message))
  .finally(async () => {
    await cleanup();
    finish();
    // Playwright and child handles must not keep the process alive past the summary.
    setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
  });
