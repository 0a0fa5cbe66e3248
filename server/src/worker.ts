// Worker thread entry (dist/worker.js), in one of two roles:
//  - 'lsp': the language server's analysis worker (analysis/service.ts), one request at a time;
//  - otherwise: `gcscope check` over many files, checking the files it is handed.

import { parentPort, workerData } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './analysis/messages';
import { AnalysisService, errorText } from './analysis/service';
import { type CheckOptions, checkFile, type FileResult } from './checkFile';
import { loadParser } from './engineHost';

interface CheckJob { files: string[]; opts: CheckOptions }

async function check(job: CheckJob): Promise<FileResult[]> {
  const parser = await loadParser();
  return job.files.map((f) => checkFile(parser, f, job.opts));
}

if (parentPort) {
  const port = parentPort;
  if ((workerData as { role?: string } | null)?.role === 'lsp') {
    const post = (m: FromWorker) => port.postMessage(m);
    const service = new AnalysisService(() => loadParser(), (level, log) => post({ level, log }));
    let queue: Promise<void> = Promise.resolve();
    port.on('message', (m: ToWorker) => {
      queue = queue.then(async () => {
        try {
          post({ id: m.id, ok: true, value: await service.handle(m.request) });
        } catch (e) {
          post({ id: m.id, ok: false, error: errorText(e) });
        }
      });
    });
  } else {
    check(workerData as CheckJob).then(
      (results) => port.postMessage({ ok: true, results }),
      (e) => port.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  }
}
