// The gcscope command line (dist/cli.js, run by bin/gcscope.js): `check` (text / JSON / SARIF),
// `simulate` (a program's GC timeline) and `lsp --stdio`. A second consumer of the engine: it
// shares the server's reportable-findings logic so both report the same findings.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyzeText, resolveProfile, SUPPORTED_PYTHONS } from '../../engine/src/index';
import { deadline, SIMULATE_BUDGET_MS } from './budget';
import pkg from '../../package.json';
import { type CheckOptions, checkFile, type FileResult } from './checkFile';
import { loadParser, MAX_FILE_CHARS } from './engineHost';
import { toSarif } from './sarif';
import { AUTO_PYTHON } from './settings';

const USAGE = `gcscope ${pkg.version}: predicts reference cycles and CPython's garbage collections without running the code.

Usage:
  gcscope check [--python X.Y] [--format text|json|sarif] [--exit-zero] [--files-from LIST] PATH...
      Analyse .py files (folders are searched recursively).
      Exit status: 0 no findings, 1 findings (0 with --exit-zero), 2 usage or input error.
  gcscope simulate [--python X.Y] [--json] FILE
      Print the simulated GC timeline of a program run.
  gcscope lsp --stdio
      Run the language server over stdin/stdout.
  gcscope --help | --version

--python defaults to ${AUTO_PYTHON}; supported: ${SUPPORTED_PYTHONS.join(', ')}.`;

/** A mistake by the user: printed as a message (no stack trace) with exit status 2. */
class UsageError extends Error {}

interface Parsed { positional: string[]; flags: Map<string, string | true> }

function parseArgs(args: string[], valued: string[], boolean: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (boolean.includes(name) && inline === undefined) flags.set(name, true);
    else throw new UsageError(`unknown option ${a}`);
  }
  return { positional, flags };
}

function pythonFlag(p: Parsed): string {
  const v = p.flags.get('--python');
  if (v === undefined) return AUTO_PYTHON;
  if (typeof v !== 'string' || (v !== 'auto' && !resolveProfile(v))) {
    throw new UsageError(`unsupported Python version ${String(v)} (supported: ${SUPPORTED_PYTHONS.join(', ')})`);
  }
  return v === 'auto' ? AUTO_PYTHON : v;
}

const SKIP_DIRS = new Set(['node_modules', '__pycache__', '.git', '.hg', '.svn', '.tox', '.nox', '.venv', 'venv', '.mypy_cache']);

/** Expands the PATH arguments to .py files, sorted; missing paths and Python-less folders are input errors. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string, found: string[]) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      throw new UsageError(`cannot read folder ${dir}`);
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full, found);
      } else if (e.name.endsWith('.py') && (e.isFile() || e.isSymbolicLink())) found.push(full);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      walk(p, found);
      if (found.length === 0) throw new UsageError(`no Python files (*.py) under ${p}`);
      out.push(...found);
    } else if (!stat.isFile()) {
      // A FIFO or a device would block or never end: refuse it up front.
      throw new UsageError(`not a regular file: ${p}`);
    } else out.push(p);
  }
  return [...new Set(out)];
}

async function checkAll(files: string[], opts: CheckOptions): Promise<FileResult[]> {
  const cores = Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8));
  const workerFile = path.join(__dirname, 'worker.js');
  // Threads pay for their own parser start-up; only worth it for many files.
  if (files.length < 24 || cores < 2 || !fs.existsSync(workerFile)) {
    const parser = await loadParser();
    return files.map((f) => checkFile(parser, f, opts));
  }
  const chunks: string[][] = Array.from({ length: cores }, () => []);
  files.forEach((f, i) => chunks[i % cores].push(f));
  const parts = await Promise.all(chunks.map((chunk) => new Promise<FileResult[]>((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { files: chunk, opts } });
    worker.once('message', (m: { ok: boolean; results?: FileResult[]; error?: string }) => {
      void worker.terminate();
      if (m.ok && m.results) resolve(m.results);
      else reject(new Error(m.error ?? 'worker failed'));
    });
    worker.once('error', reject);
  })));
  const byFile = new Map(parts.flat().map((r) => [r.file, r]));
  return files.map((f) => byFile.get(f)!);
}

/** `--files-from LIST`: one path per line (blank lines ignored), for corpora too long for argv. */
function readFileList(list: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(list, 'utf8');
  } catch {
    throw new UsageError(`cannot read the file list ${list}`);
  }
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

async function commandCheck(args: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const p = parseArgs(args, ['--python', '--format', '--files-from'], ['--exit-zero']);
  const python = pythonFlag(p);
  const format = p.flags.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown --format ${String(format)} (text, json or sarif)`);
  const listed = p.flags.has('--files-from') ? readFileList(String(p.flags.get('--files-from'))) : [];
  if (p.positional.length === 0 && listed.length === 0) throw new UsageError('check needs at least one file or folder');
  const files = collectFiles([...p.positional, ...listed]);
  const results = await checkAll(files, { python, thresholds: null, severity: {} });
  const inputErrors = results.filter((r) => r.inputError);
  for (const r of inputErrors) err(`gcscope: ${r.inputError}`);
  for (const r of results) for (const n of r.notes) err(n);
  if (inputErrors.length > 0) return 2;
  const diagnostics = results.flatMap((r) => r.diagnostics);
  if (format === 'json') out(JSON.stringify({ schemaVersion: 1, python, diagnostics }, null, 2));
  else if (format === 'sarif') out(JSON.stringify(toSarif(diagnostics, pkg.version), null, 2));
  else {
    for (const d of diagnostics) out(`${d.file}:${d.line}:${d.column}: ${d.code} ${d.message}`);
    const n = diagnostics.length;
    err(n === 0 ? `gcscope: no findings in ${files.length} file(s) (CPython ${python})` : `gcscope: ${n} finding(s) in ${files.length} file(s) (CPython ${python})`);
  }
  return diagnostics.length > 0 && !p.flags.has('--exit-zero') ? 1 : 0;
}

async function commandSimulate(args: string[], out: (s: string) => void): Promise<number> {
  const p = parseArgs(args, ['--python'], ['--json']);
  const python = pythonFlag(p);
  if (p.positional.length !== 1) throw new UsageError('simulate needs exactly one FILE');
  const file = p.positional[0];
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file} is a folder; simulate takes one .py file`);
    if (!stat.isFile()) throw new UsageError(`not a regular file: ${file}`);
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((e as NodeJS.ErrnoException).code ?? e)}`);
  }
  if (text.length > MAX_FILE_CHARS) throw new UsageError(`${file} is larger than ${MAX_FILE_CHARS} characters`);
  const parser = await loadParser();
  const { analysis, parsed } = analyzeText(parser, file, text, { python, isCancelled: deadline(SIMULATE_BUDGET_MS) });
  parsed.delete();
  const sim = analysis.simulation;
  if (!sim) {
    const why = analysis.problems.find((x) => x.severity === 'error');
    throw new UsageError(`${file} could not be simulated${why ? `: line ${why.site.line + 1}: ${why.message}` : ''}`);
  }
  const line = (s: { line: number }) => (s.line < 0 ? null : s.line + 1);
  const collections = sim.collections.flatMap((c) => {
    const record = {
      generation: c.generation,
      trigger: c.trigger === 'threshold' ? 'threshold' : 'explicit',
      line: line(c.site),
      tick: c.tick,
      collected: c.collected,
      uncollectable: c.uncollectable,
    };
    return Array.from({ length: Math.min(c.repeat ?? 1, 100_000) }, () => record);
  });
  const json = {
    schemaVersion: 1,
    file,
    python: sim.python,
    profile: sim.profile,
    threshold: sim.threshold,
    explicitCollects: sim.explicitCollects.map((e) => ({ line: line(e.span), generation: e.generation, returned: e.returned })),
    collections,
    finalCount: sim.finalCount,
    ticks: sim.ticks,
    limitHit: sim.limitHit ? { what: sim.limitHit.what, line: line(sim.limitHit.site) } : null,
  };
  if (p.flags.has('--json')) {
    out(JSON.stringify(json, null, 2));
    return 0;
  }
  out(`${file}: simulated on CPython ${sim.python} (thresholds ${sim.threshold.join(', ')}), ${sim.ticks} GC allocations`);
  for (const e of json.explicitCollects) out(`  line ${e.line ?? '?'}: gc.collect(${e.generation}) returns ${e.returned}`);
  const auto = collections.filter((c) => c.trigger === 'threshold');
  out(`  ${collections.length} collection(s): ${auto.length} automatic, ${collections.length - auto.length} explicit`);
  for (const c of auto.slice(0, 20)) out(`    generation ${c.generation} at line ${c.line ?? '?'}: ${c.collected} collected, ${c.uncollectable} uncollectable`);
  if (auto.length > 20) out(`    … ${auto.length - 20} more`);
  out(`  final gc.get_count(): (${sim.finalCount.join(', ')})`);
  if (sim.limitHit) out(`  note: stopped early (${sim.limitHit.what} limit) at line ${line(sim.limitHit.site) ?? '?'}`);
  return 0;
}

export async function main(argv: string[], out = (s: string) => void process.stdout.write(`${s}\n`), err = (s: string) => void process.stderr.write(`${s}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      case '--version':
      case '-V':
        out(pkg.version);
        return 0;
      case 'check':
        if (rest.includes('--help')) { out(USAGE); return 0; }
        return await commandCheck(rest, out, err);
      case 'simulate':
        if (rest.includes('--help')) { out(USAGE); return 0; }
        return await commandSimulate(rest, out);
      case 'lsp':
        return -1;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`gcscope: ${e.message}\nRun 'gcscope --help' for usage.`);
      return 2;
    }
    err(`gcscope: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.GCSCOPE_DEBUG) err(e instanceof Error && e.stack ? e.stack : '');
    return 3;
  }
}

/** Entry used by bin/gcscope.js and by `node dist/cli.js`. */
export function run(argv: string[]): void {
  if (argv[0] === 'lsp') {
    if (!argv.includes('--stdio') && !argv.includes('--node-ipc') && !argv.some((a) => a.startsWith('--socket') || a.startsWith('--pipe'))) {
      process.stderr.write('gcscope: lsp needs a transport, e.g. gcscope lsp --stdio\n');
      process.exitCode = 2;
      return;
    }
    // Loaded lazily so `check` does not start the LSP stack; the module starts the server itself.
    void import('./main');
    return;
  }
  void main(argv).then((code) => { process.exitCode = code; });
}

if (require.main === module) run(process.argv.slice(2));
