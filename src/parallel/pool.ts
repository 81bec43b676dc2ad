/**
 * Lint files on worker threads. Files go out in small batches, the next to whichever worker
 * replies, so a large file holds up little of the rest; outcomes come back keyed by file and the
 * caller sorts.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from '../lint-file.js';
import { tunedFlags } from '../util/v8-tuning.js';
import { deserializeError, isSavedCode, type SaveCodeMessage, type SavedCodeReply, type TaskMessage, type WorkerBoot, type WorkerInit, type WorkerReply } from './protocol.js';

/** Below this many files a run stays on the main thread: starting workers would cost more. */
export const SERIAL_THRESHOLD = 64;
const BATCH = 8;
/** Batches sent to a worker before its first reply. */
const IN_FLIGHT = 2;

/** How many files the next batch takes, with `remaining` files left for `workers` workers: 8, or a share of what is left. */
export function batchSize(remaining: number, workers: number): number {
  return Math.max(1, Math.min(BATCH, Math.ceil(remaining / (workers * IN_FLIGHT))));
}

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

/** Defined as true by scripts/bundle.mjs in the binary's bundle; absent from the per-module build. */
declare const __UNLINTER_BUNDLE__: boolean | undefined;

/**
 * The worker script to start. The binary's bundle starts its worker bundle through worker-boot.js,
 * which keeps V8's compiled code between runs; the per-module build (the Node API) starts
 * worker.js, and tests, which run from source, start the build's.
 */
function workerScript(): { url: URL; boot?: WorkerBoot } {
  const here = new URL('./worker.js', import.meta.url);
  if (!fs.existsSync(fileURLToPath(here))) return { url: new URL('../../dist/src/parallel/worker.js', import.meta.url) };
  const boot = new URL('../src/parallel/worker-boot.js', import.meta.url);
  if (typeof __UNLINTER_BUNDLE__ === 'undefined' || !fs.existsSync(fileURLToPath(boot))) return { url: here };
  return { url: boot, boot: { bundle: fileURLToPath(here), flags: tunedFlags() } };
}

/** Ask a booted worker to keep its compiled code, and wait until it has (or has stopped). */
function saveCompiledCode(w: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      w.off('message', onMessage);
      w.off('exit', done);
      resolve();
    };
    const onMessage = (m: unknown): void => {
      if (isSavedCode(m)) done();
    };
    w.on('message', onMessage);
    w.on('exit', done);
    const ask: SaveCodeMessage = { saveCompiledCode: true };
    w.postMessage(ask);
  });
}

/**
 * Lint `files` on `n` workers, calling `onOutcome` as each file is done. Rejects on the first
 * error, and when a worker stops before the run is over (a plugin or config that calls
 * `process.exit`), whatever its exit code: its batches would never come back.
 *
 * Each worker has two batches in flight, so that it starts the next as soon as it replies: with
 * one, each waited for the main thread between batches (0.45 s per worker over 2,592 posts). The
 * first batches go round the workers, and batches shrink as the files run out (to a share of
 * what is left), so that a few files still spread over every worker and a batch queued behind a
 * slow file at the end holds up little.
 */
export async function lintInWorkers(files: readonly string[], init: WorkerInit, n: number, onOutcome: (file: string, outcome: FileOutcome) => void): Promise<void> {
  const { url, boot } = workerScript();
  const workers = Array.from({ length: n }, () => new Worker(url, { workerData: boot ? { ...init, boot } : init }));
  const stopped = new Set<Worker>();
  let next = 0;
  let taskId = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let busy = 0;
      let settled = false;
      const fail = (e: Error): void => {
        if (settled) return;
        settled = true;
        reject(e);
      };
      const feed = (w: Worker): void => {
        if (settled) return;
        if (next >= files.length) {
          if (busy === 0) {
            settled = true;
            resolve();
          }
          return;
        }
        const batch = files.slice(next, next + batchSize(files.length - next, n));
        next += batch.length;
        busy++;
        const task: TaskMessage = { id: taskId++, files: batch };
        w.postMessage(task);
      };
      for (const w of workers) {
        w.on('message', (reply: WorkerReply | SavedCodeReply) => {
          if (isSavedCode(reply)) return;
          busy--;
          if ('error' in reply) {
            const err = deserializeError(reply.error);
            (err as Error & { file?: string }).file = reply.error.file;
            fail(err);
            return;
          }
          for (const { file, outcome } of reply.outcomes) onOutcome(file, outcome);
          feed(w);
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          stopped.add(w);
          fail(new Error(`a lint worker stopped with exit code ${code}`));
        });
      }
      for (let i = 0; i < IN_FLIGHT; i++) for (const w of workers) feed(w);
    });
    // One worker's code serves all: they compiled the same bundle for the same rules.
    if (boot && !stopped.has(workers[0]!)) await saveCompiledCode(workers[0]!);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
