// Re-records the ground truth of the differential test: every test/corpus/*.py under every available
// interpreter (pyenv CPython 3.8-3.13 natively, 3.14.2 and 3.15 in Pyodide) into
// test/corpus/expected/NAME.VERSION.json. Says which interpreters are missing; 2 jobs at a time.
//   npm run record [-- --only NAME] [-- --python 3.12]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pyodideDir } from './run_pyodide.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const corpus = path.join(root, 'test', 'corpus');
const expected = path.join(corpus, 'expected');
const TIMEOUT_MS = 600_000;

/** Every interpreter the corpus is recorded under: file suffix -> how to run it. */
const NATIVE = ['3.8.18', '3.9.18', '3.10.13', '3.11.7', '3.12.1', '3.13.0'];
const interpreters = [
  ...NATIVE.map((v) => ({ name: v.split('.').slice(0, 2).join('.'), native: v })),
  { name: '3.14.2', pyodide: '3.14' },
  { name: '3.15', pyodide: '3.15' },
];

function nativeAvailable(version) {
  const r = spawnSync('python', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], {
    env: { ...process.env, PYENV_VERSION: version }, encoding: 'utf8',
  });
  return r.status === 0 && r.stdout.trim() === version;
}

function args() {
  const a = process.argv.slice(2);
  const get = (flag) => { const i = a.indexOf(flag); return i >= 0 ? a[i + 1] : null; };
  return { only: get('--only'), python: get('--python'), jobs: Number(get('--jobs') ?? 2) };
}

function runJob(job) {
  const out = path.join(expected, `${job.program.replace(/\.py$/, '')}.${job.interp.name}.json`);
  const prog = path.join(corpus, job.program);
  const cmd = job.interp.native
    ? { file: 'python', argv: [path.join(root, 'tools', 'tracer.py'), prog, '--out', out],
        env: { ...process.env, PYENV_VERSION: job.interp.native } }
    : { file: process.execPath, argv: [path.join(root, 'tools', 'run_pyodide.mjs'), job.interp.pyodide, prog, '--out', out],
        env: process.env };
  return new Promise((resolve) => {
    const child = spawn(cmd.file, cmd.argv, { env: cmd.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err = (err + d).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      let problem = code === 0 ? null : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`;
      if (!problem) {
        const r = JSON.parse(fs.readFileSync(out, 'utf8'));
        if (r.error) problem = `recorded with error: ${r.error}`;
      }
      resolve({ job, out, problem });
    });
  });
}

const { only, python, jobs } = args();
const programs = fs.readdirSync(corpus).filter((f) => f.endsWith('.py'))
  .filter((f) => !only || f === only || f === `${only}.py` || f.startsWith(only)).sort();
const available = [];
for (const it of interpreters) {
  if (python && it.name !== python) continue;
  const ok = it.native ? nativeAvailable(it.native) : pyodideDir(it.pyodide) !== null;
  if (ok) available.push(it);
  else console.log(`MISSING interpreter ${it.name} (${it.native ? `pyenv ${it.native}` : `node_modules pyodide ${it.pyodide}`}): not recorded`);
}
fs.mkdirSync(expected, { recursive: true });
const queue = programs.flatMap((program) => available.map((interp) => ({ program, interp })));
console.log(`recording ${programs.length} programs x ${available.length} interpreters (${available.map((i) => i.name).join(' ')}) on ${Math.min(jobs, os.cpus().length)} jobs`);
const problems = [];
let done = 0;
async function worker() {
  while (queue.length) {
    const r = await runJob(queue.shift());
    done++;
    if (r.problem) problems.push(`${r.job.program}@${r.job.interp.name}: ${r.problem}`);
    if (done % 20 === 0) console.log(`  ${done} done`);
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
console.log(`recorded ${done} runs, ${problems.length} with problems`);
for (const p of problems) console.log(`  PROBLEM ${p}`);
