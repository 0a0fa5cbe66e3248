// `npm run test:fuzz [-- --long]`: runs the fuzz and robustness tests (out/test/fuzz) on their own;
// --long (or GCSCOPE_FUZZ_LONG=1) runs ten times more inputs, the whole stdlib corpus and no time budget.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = path.join(root, 'out', 'test', 'fuzz');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.cjs')).map((f) => path.join(dir, f)) : [];
if (files.length === 0) {
  console.error('no fuzz tests under out/test/fuzz (did the build run?)');
  process.exit(1);
}
const env = { ...process.env };
if (process.argv.includes('--long')) env.GCSCOPE_FUZZ_LONG = '1';
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files.sort()], { stdio: 'inherit', cwd: root, env });
process.exit(r.status ?? 1);
