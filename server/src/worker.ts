// Worker thread for `gcscope check` over many files: loads its own parser and checks the files it
// is handed, posting plain FileResult records back to the main thread.

import { parentPort, workerData } from 'node:worker_threads';
import { type CheckOptions, checkFile, type FileResult } from './checkFile';
import { loadParser } from './engineHost';

interface Job { files: string[]; opts: CheckOptions }

async function run(job: Job): Promise<FileResult[]> {
  const parser = await loadParser();
  return job.files.map((f) => checkFile(parser, f, job.opts));
}

if (parentPort) {
  const port = parentPort;
  run(workerData as Job).then(
    (results) => port.postMessage({ ok: true, results }),
    (e) => port.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
}
