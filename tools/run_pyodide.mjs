// Runs tools/tracer.py on one program inside Pyodide (CPython 3.14.2 from npm pyodide@314, or
// CPython 3.15.0rc1 from pyodide@315), offline: the packages ship the wasm and the stdlib.
//   node tools/run_pyodide.mjs 3.14|3.15 PROGRAM.py [--out FILE]
// Each pass runs in a fresh interpreter (a pass changes the heap for the next); the merge runs in
// the last one. Prints the merged JSON (or writes it to FILE). The program's output goes to stderr.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const PYODIDE_PACKAGES = { '3.14': 'pyodide314', '3.15': 'pyodide315' };

/** The package directory for a Pyodide line, or null when it is not installed. */
export function pyodideDir(line) {
  const dir = path.join(root, 'node_modules', PYODIDE_PACKAGES[line] ?? '-');
  return fs.existsSync(path.join(dir, 'pyodide.mjs')) ? dir : null;
}

async function runPass(loadPyodide, tracer, prog, mode) {
  const name = path.basename(prog);
  const spec = { mode, prog: `/corpus/${name}`, out: `/tmp/${mode}.json` };
  const py = await loadPyodide({ env: { GCSCOPE_TRACER: JSON.stringify(spec), HOME: '/home/pyodide' } });
  const sink = { write: (buf) => { process.stderr.write(Buffer.from(buf)); return buf.length; } };
  py.setStdout(sink);
  py.setStderr(sink);
  py.FS.mkdirTree('/corpus');
  py.FS.writeFile(spec.prog, fs.readFileSync(prog));
  try {
    py.runPython(tracer, { filename: '/tools/tracer.py' });
  } catch (e) {
    process.stderr.write(`tracer ${mode} pass failed: ${String(e).slice(-1500)}\n`);
  }
  let text = null;
  try { text = py.FS.readFile(spec.out, { encoding: 'utf8' }); } catch { /* no result */ }
  return { py, text };
}

/** Traces one program under Pyodide `line` ('3.14' | '3.15'); returns the merged JSON text. */
export async function tracePyodide(line, prog) {
  const dir = pyodideDir(line);
  if (!dir) throw new Error(`Pyodide ${line} is not installed (node_modules/${PYODIDE_PACKAGES[line]})`);
  const { loadPyodide } = await import(pathToFileURL(path.join(dir, 'pyodide.mjs')).href);
  const tracer = fs.readFileSync(path.join(root, 'tools', 'tracer.py'), 'utf8');
  const texts = {};
  let last = null;
  for (const mode of ['quiet', 'trace', 'attr']) {
    const { py, text } = await runPass(loadPyodide, tracer, prog, mode);
    texts[mode] = text;
    last = py;
  }
  for (const [mode, text] of Object.entries(texts)) {
    if (text !== null) last.FS.writeFile(`/tmp/in-${mode}.json`, text);
  }
  // 3.14.2 is named by its patch level: 3.14.1-3.14.4 run the incremental collector, 3.14.5+ not.
  last.globals.set('_gcscope_prog', path.basename(prog));
  last.runPython(`
import sys as _s
_v = "%d.%d.%d" % _s.version_info[:3]
_name = _v if _v.startswith("3.14.") else "%d.%d" % _s.version_info[:2]
merge_files(_gcscope_prog, "/tmp/in-quiet.json", "/tmp/in-trace.json", "/tmp/in-attr.json", "/tmp/merged.json", _name)
`);
  return last.FS.readFile('/tmp/merged.json', { encoding: 'utf8' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [line, prog] = process.argv.slice(2);
  const outAt = process.argv.indexOf('--out');
  if (!PYODIDE_PACKAGES[line] || !prog) {
    console.error('usage: node tools/run_pyodide.mjs 3.14|3.15 PROGRAM.py [--out FILE]');
    process.exit(2);
  }
  const text = await tracePyodide(line, path.resolve(prog));
  if (outAt > 0) fs.writeFileSync(process.argv[outAt + 1], text);
  else process.stdout.write(text);
}
