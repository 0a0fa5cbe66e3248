// npm run bench: every figure beside its target, with ratios against baselines measured in the same
// run on the same machine. Whole-process figures are wall-clock medians of several runs.
//   node bench/run.mjs [--quick] [--only throughput,latency,engine,memory,accuracy]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdlibFiles, stdlibRoot } from './corpus.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.split('=')[1] ?? args[args.indexOf(onlyArg) + 1]).split(',') : null;
const want = (s) => !only || only.includes(s);
const runs = quick ? 1 : 3;
const rows = [];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs a command `n` times; returns median wall seconds and the last run's output. */
function timeCommand(cmd, argv, n = runs, env = {}) {
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: median(times), out: last };
}

function row(section, figure, value, target, ok) {
  rows.push({ section, figure, value, target, verdict: ok === null ? '-' : ok ? 'meets' : 'MISSES' });
}

/** Runs a bench script that prints tab-separated rows (figure, value, target, meets or ''). */
function rowsFrom(section, label, argv) {
  const r = timeCommand(process.execPath, argv, 1);
  if (r.out.status !== 0) {
    row(section, label, `failed: ${(r.out.stderr ?? '').slice(0, 300)}`, '-', false);
    return;
  }
  for (const line of r.out.stdout.replace(/\n+$/, '').split('\n')) {
    const [figure, value, target, ok] = line.split('\t');
    row(section, figure, value, target, ok === '' ? null : ok === 'true');
  }
}

const fmt = (x, d = 2) => (typeof x === 'number' ? x.toFixed(d) : String(x));
const cpu = os.cpus();
console.log(`machine: ${cpu[0]?.model ?? 'unknown cpu'}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`);

const stdlib = stdlibRoot();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gcscope-bench-'));
let coreList = null;
if (stdlib) {
  coreList = path.join(tmp, 'core.txt');
  fs.writeFileSync(coreList, stdlibFiles(stdlib, 'core').join('\n'));
} else {
  console.log('stdlib corpus: not found (no pyenv 3.11.7 install; set GCSCOPE_BENCH_STDLIB) — corpus figures skipped');
}

if (want('throughput') && coreList) {
  const files = fs.readFileSync(coreList, 'utf8').split('\n');
  const base = timeCommand(process.execPath, ['bench/parseWalk.mjs', coreList]);
  const ours = timeCommand(process.execPath, ['bin/gcscope.js', 'check', '--exit-zero', '--format', 'json', '--files-from', coreList]);
  if (ours.out.status !== 0) console.log(`gcscope check failed: ${ours.out.stderr.slice(0, 500)}`);
  const ruff = timeCommand(process.execPath, ['bench/ruffCheck.mjs', coreList]);
  row('throughput', `parse+walk baseline, ${files.length} files (s)`, fmt(base.seconds), 'reference', null);
  row('throughput', 'gcscope check (s)', fmt(ours.seconds), '-', null);
  row('throughput', 'gcscope check / parse+walk', fmt(ours.seconds / base.seconds), '<= 1.00x', ours.seconds / base.seconds <= 1.0);
  row('throughput', 'gcscope check / Ruff wasm', fmt(ours.seconds / ruff.seconds), '< 1.00x', ours.seconds < ruff.seconds);
  if (!quick) {
    const cfg = path.join(tmp, 'pyrightconfig.json');
    fs.writeFileSync(cfg, JSON.stringify({ include: [stdlib], exclude: ['**/test', '**/idlelib', '**/lib2to3/tests', '**/site-packages'] }));
    const pyright = timeCommand(process.execPath, ['node_modules/pyright/index.js', '-p', cfg, '--outputjson'], 1);
    row('throughput', 'Pyright CLI / gcscope check', fmt(pyright.seconds / ours.seconds, 1), '>= 15x', pyright.seconds / ours.seconds >= 15);
  }
}

if (want('engine')) {
  rowsFrom('engine', 'engine bench', ['out/bench/engine.cjs']);
  const cpythonSrc = path.join(root, 'bench/programs/cycles_1m.py');
  // The interpreter binary itself: pyenv's shim is a shell script that would add its own start-up.
  const which = spawnSync('pyenv', ['which', 'python'], { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.12.1' } });
  const python = which.status === 0 ? which.stdout.trim() : 'python3.12';
  const py = timeCommand(python, [cpythonSrc], runs);
  const sim = timeCommand(process.execPath, ['bin/gcscope.js', 'simulate', '--python', '3.12', '--json', cpythonSrc]);
  if (py.out.status === 0 && sim.out.status === 0) {
    row('engine', '1M-cycle program: gcscope simulate / CPython 3.12 (whole process)', fmt(sim.seconds / py.seconds), '<= 0.75x', sim.seconds / py.seconds <= 0.75);
  } else row('engine', '1M-cycle program', `skipped: ${py.out.status !== 0 ? 'CPython 3.12.1 not runnable' : sim.out.stderr.slice(0, 200)}`, '<= 0.75x', null);
}

if (want('memory') && stdlib) {
  const all = path.join(tmp, 'all.txt');
  fs.writeFileSync(all, stdlibFiles(stdlib, 'all').join('\n'));
  const r = timeCommand(process.execPath, ['--require', './bench/maxrss.cjs', 'bin/gcscope.js', 'check', '--exit-zero', '--format', 'json', '--files-from', all], 1);
  const m = /maxrss-kib=(\d+)/.exec(r.out.stderr ?? '');
  row('memory', 'gcscope check, whole stdlib: peak RSS (MB)', m ? fmt(Number(m[1]) / 1024, 0) : 'n/a', '<= 250 MB', m ? Number(m[1]) / 1024 <= 250 : null);
}

if (want('accuracy')) {
  rowsFrom('accuracy', 'accuracy bench', ['out/bench/accuracy.cjs']);
}

if (want('latency') && stdlib) {
  rowsFrom('latency', 'LSP latency bench', ['bench/lspLatency.mjs', stdlib]);
}

const w = Math.max(...rows.map((r) => r.figure.length));
for (const r of rows) console.log(`${r.section.padEnd(10)} ${r.figure.padEnd(w)}  ${String(r.value).padStart(10)}  target ${r.target.padEnd(10)} ${r.verdict}`);
fs.rmSync(tmp, { recursive: true, force: true });
