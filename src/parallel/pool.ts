/**
 * Lint files on worker threads. Files go out in small batches to whichever worker is free, so a
 * large file does not hold up the rest; outcomes come back keyed by file and the caller sorts.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from '../lint-file.js';
import { deserializeError, type TaskMessage, type WorkerInit, type WorkerReply } from './protocol.js';

/** Below this many files a run stays on the main thread: starting workers would cost more. */
export const SERIAL_THRESHOLD = 64;
const BATCH = 8;

/** How many workers `--concurrency` asks for, given the number of files (0 = no workers). */
export function workerCount(setting: string, files: number): number {
  if (setting === 'off') return 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (setting === 'auto') {
    if (files < SERIAL_THRESHOLD || cores < 2) return 0;
    return Math.min(cores, Math.ceil(files / SERIAL_THRESHOLD), 16);
  }
  const n = Number(setting);
  return Math.min(n, files) <= 1 ? 0 : Math.min(n, files);
}

/** The compiled worker script (tests run from source, so they use the build). */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (fs.existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/src/parallel/worker.js', import.meta.url);
}

/** Lint `files` on `n` workers, calling `onOutcome` as each file is done. Rejects on the first error. */
export async function lintInWorkers(files: readonly string[], init: WorkerInit, n: number, onOutcome: (file: string, outcome: FileOutcome) => void): Promise<void> {
  const url = workerUrl();
  const workers = Array.from({ length: n }, () => new Worker(url, { workerData: init }));
  let next = 0;
  let taskId = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let busy = 0;
      let failed = false;
      const feed = (w: Worker): void => {
        if (failed) return;
        if (next >= files.length) {
          if (busy === 0) resolve();
          return;
        }
        const batch = files.slice(next, next + BATCH);
        next += batch.length;
        busy++;
        const task: TaskMessage = { id: taskId++, files: batch };
        w.postMessage(task);
      };
      for (const w of workers) {
        w.on('message', (reply: WorkerReply) => {
          busy--;
          if ('error' in reply) {
            failed = true;
            const err = deserializeError(reply.error);
            (err as Error & { file?: string }).file = reply.error.file;
            reject(err);
            return;
          }
          for (const { file, outcome } of reply.outcomes) onOutcome(file, outcome);
          feed(w);
        });
        w.on('error', (e) => {
          failed = true;
          reject(e);
        });
        w.on('exit', (code) => {
          if (code !== 0 && !failed) {
            failed = true;
            reject(new Error(`a lint worker stopped with exit code ${code}`));
          }
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
