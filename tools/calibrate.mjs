// Measures the simulator's calibration data under every available interpreter (tools/calibrate.py:
// start-up heap, ns per object examined/freed by a collection) and writes
// engine/src/sim/calibration.json. Runs one interpreter at a time: timings need a quiet CPU.
//   node tools/calibrate.mjs
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pyodideDir } from './run_pyodide.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const script = path.join(root, 'tools', 'calibrate.py');
const PROFILES = { '3.8': 'G38', '3.9': 'G39', '3.10': 'G39', '3.11': 'G311', '3.12': 'G312', '3.13': 'G313', '3.14.2': 'I3141', '3.15': 'G315' };
const NATIVE = { '3.8': '3.8.18', '3.9': '3.9.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0' };
const PYODIDE = { '3.14.2': '3.14', '3.15': '3.15' };

async function measure(version) {
  if (NATIVE[version]) {
    const r = spawnSync('python', [script], { env: { ...process.env, PYENV_VERSION: NATIVE[version], PYTHONHASHSEED: '0' }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr.trim().split('\n').pop());
    return JSON.parse(r.stdout);
  }
  const dir = pyodideDir(PYODIDE[version]);
  if (!dir) throw new Error(`node_modules pyodide ${PYODIDE[version]} is not installed`);
  const { loadPyodide } = await import(pathToFileURL(path.join(dir, 'pyodide.mjs')).href);
  const py = await loadPyodide();
  let out = '';
  py.setStdout({ write: (buf) => { out += Buffer.from(buf).toString(); return buf.length; } });
  py.runPython(fs.readFileSync(script, 'utf8'), { filename: '/tools/calibrate.py' });
  return JSON.parse(out);
}

/** Least squares t = a + b*n over (n, t) points; r2 says how straight the line is. */
function fit(sizes, ts) {
  const k = sizes.length;
  const sx = sizes.reduce((s, x) => s + x, 0);
  const sy = ts.reduce((s, y) => s + y, 0);
  const sxx = sizes.reduce((s, x) => s + x * x, 0);
  const sxy = sizes.reduce((s, x, i) => s + x * ts[i], 0);
  const b = (k * sxy - sx * sy) / (k * sxx - sx * sx);
  const a = (sy - b * sx) / k;
  const mean = sy / k;
  const ssTot = ts.reduce((s, y) => s + (y - mean) ** 2, 0) || 1;
  const ssRes = ts.reduce((s, y, i) => s + (y - a - b * sizes[i]) ** 2, 0);
  return { fixedNs: Math.round(a), nsPerObject: Math.round(b * 100) / 100, r2: Math.round((1 - ssRes / ssTot) * 10000) / 10000 };
}

/** The machine may be busy: run the measurement ROUNDS times, spread out, and keep the fastest
 *  time per heap size (the least disturbed), then fit. */
const ROUNDS = Number(process.env.CALIBRATE_ROUNDS ?? 3);
async function measureBest(version) {
  let best = null;
  for (let r = 0; r < ROUNDS; r++) {
    const m = await measure(version);
    if (!best) { best = m; continue; }
    for (const kind of ['fullLive', 'fullGarbage', 'young']) {
      best[kind].samplesNs = best[kind].samplesNs.map((t, i) => Math.min(t, m[kind].samplesNs[i]));
    }
  }
  for (const kind of ['fullLive', 'fullGarbage', 'young']) {
    best[kind] = { ...fit(best.sizes, best[kind].samplesNs), samplesNs: best[kind].samplesNs };
  }
  return best;
}

const versions = {};
for (const version of Object.keys(PROFILES)) {
  try {
    const loadBefore = os.loadavg()[0];
    const m = await measureBest(version);
    const seed = path.join(root, 'test', 'corpus', 'expected', `000_seed.${version}.json`);
    const recorded = fs.existsSync(seed) ? JSON.parse(fs.readFileSync(seed, 'utf8')) : null;
    versions[version] = {
      profile: PROFILES[version],
      implementation: m.implementation,
      platform: m.platform === 'emscripten' ? 'pyodide (wasm32, node)' : `${m.platform} x86-64 (native)`,
      startupHeap: m.startupHeap,
      normalizedStartHeap: recorded?.startupHeap ?? null,
      embeddingStartupGarbage: recorded?.embeddingStartupGarbage ?? null,
      threshold: m.threshold,
      fullCollection: { fixedNs: m.fullLive.fixedNs, nsPerLiveObject: m.fullLive.nsPerObject, r2: m.fullLive.r2 },
      garbage: { nsPerGarbageObject: m.fullGarbage.nsPerObject, r2: m.fullGarbage.r2 },
      young: { nsPerYoungObject: m.young.nsPerObject, r2: m.young.r2 },
      // Other work on the machine inflates even CPU-time measurements (shared caches, memory
      // bandwidth): the 1-minute load average when this version was measured, on os.cpus() cores.
      loadAverage: Number(loadBefore.toFixed(2)),
      cores: os.cpus().length,
      samples: { sizes: m.sizes, fullLiveNs: m.fullLive.samplesNs, fullGarbageNs: m.fullGarbage.samplesNs, youngNs: m.young.samplesNs },
    };
    console.log(`${version}: heap ${m.startupHeap}, full ${m.fullLive.nsPerObject} ns/live object, ${m.fullGarbage.nsPerObject} ns/garbage object, young ${m.young.nsPerObject} ns/object`);
  } catch (e) {
    console.log(`MISSING ${version}: ${e.message} (not calibrated)`);
  }
}
const data = {
  about: 'Measured by tools/calibrate.mjs (method: tools/README.md). Per recorded version: tracked objects at ' +
    'start-up (startupHeap: interpreter start-up, after a full collection; normalizedStartHeap: at the corpus ' +
    "tracer's normalized start, with the program's imports preloaded), and least-squares fits of gc.collect() CPU " +
    'time (fastest of several rounds per heap size): full collection = fixedNs + nsPerLiveObject * survivors + nsPerGarbageObject * garbage freed; ' +
    'generation-0 collection = nsPerYoungObject * young objects. Pyodide timings are wasm32 in node (wall clock).',
  measuredAt: new Date().toISOString().slice(0, 10),
  versions,
};
fs.writeFileSync(path.join(root, 'engine', 'src', 'sim', 'calibration.json'), JSON.stringify(data, null, 1) + '\n');
