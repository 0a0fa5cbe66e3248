// Starts and stops a real code-server (VS Code workbench + extension host) for the e2e suite:
// isolated user-data, extensions, config and XDG dirs under one temp dir, loopback only, no auth, no telemetry.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { waitFor } from './poll.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The environment code-server runs in: no inherited VS Code variables, XDG dirs inside the temp dir. */
function isolatedEnv(root) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VSCODE_|ELECTRON_)/.test(k)) env[k] = v;
  env.XDG_CONFIG_HOME = join(root, 'xdg-config');
  env.XDG_DATA_HOME = join(root, 'xdg-data');
  env.XDG_CACHE_HOME = join(root, 'xdg-cache');
  return env;
}

/** Installs a .vsix into extDir with code-server's own CLI; returns the CLI's output (throws on failure). */
export function installVsix(paths, root, extDir, userDir, vsix) {
  const r = spawnSync(
    paths.node24,
    [paths.codeServerEntry, '--extensions-dir', extDir, '--user-data-dir', userDir, '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: isolatedEnv(root), timeout: 120000 },
  );
  const out = `${r.stdout}\n${r.stderr}`.trim();
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (status ${r.status}): ${out.slice(-800)}`);
  return out;
}

export function listExtensions(paths, root, extDir) {
  const r = spawnSync(paths.node24, [paths.codeServerEntry, '--extensions-dir', extDir, '--list-extensions', '--show-versions'], {
    encoding: 'utf8',
    env: isolatedEnv(root),
    timeout: 60000,
  });
  return r.stdout.trim().split('\n').filter(Boolean);
}

/**
 * Starts code-server on a free loopback port. `name` keeps instances apart (trusted / untrusted);
 * `settings` goes into the instance's user settings.json. Resolves once /healthz answers.
 */
export async function startCodeServer(paths, { root, name, extDir, settings }) {
  const dir = join(root, name);
  const userDir = join(dir, 'user-data');
  mkdirSync(join(userDir, 'User'), { recursive: true });
  writeFileSync(join(userDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const port = await freePort();
  const logFile = join(dir, 'code-server.log');
  const log = openSync(logFile, 'a');
  const args = [
    paths.codeServerEntry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--config', join(dir, 'config.yaml'),
    '--user-data-dir', userDir,
    '--extensions-dir', extDir,
  ];
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  // detached: its own process group, so stop() can end code-server and its extension hosts together.
  const child = spawn(paths.node24, args, { env: isolatedEnv(root), stdio: ['ignore', log, log], detached: true });
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    port,
    userDir,
    logFile,
    child,
    logTail: () => tail(logFile),
    stop: () => killGroup(child),
  };
  try {
    await waitFor(
      `code-server /healthz on ${url}`,
      async () => {
        if (exited) throw new Error(`code-server exited early ${JSON.stringify(exited)}: ${tail(logFile)}`);
        const res = await fetch(`${url}/healthz`);
        return res.ok;
      },
      { timeout: 60000, interval: 300 },
    );
  } catch (e) {
    killGroup(child);
    throw new Error(`${e.message}\ncode-server log tail:\n${tail(logFile)}`);
  }
  return server;
}

/** Ends code-server's whole process group (server, extension hosts, language servers); resolves once it exited. */
export function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve(); // already gone
  }
  const t = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, 3000);
  t.unref();
  return Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]).finally(() => clearTimeout(t));
}

export function tail(file, n = 2000) {
  try {
    const s = readFileSync(file, 'utf8');
    return s.slice(-n);
  } catch {
    return '(no log)';
  }
}

/** All extension-host log text under a user-data dir (code-server writes remoteexthost.log / exthost.log). */
export function extHostLogs(userDir) {
  const out = [];
  const walk = (d, depth) => {
    if (depth > 6) return;
    let entries = [];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p, depth + 1);
      else if (/exthost/i.test(e) && e.endsWith('.log')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(join(userDir, 'logs'), 0);
  return out.join('\n');
}
