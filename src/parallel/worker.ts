/**
 * A lint worker: loads configs and rules once, then lints the batches of files it is sent and
 * replies with their outcomes (or the first error, with the file it happened on). The pool keeps
 * two batches in flight per worker so that it never waits for the next one; they are linted one
 * after the other, in the order they came.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintFile } from '../lint-file.js';
import { isTask, serializeError, type TaskMessage, type WorkerInit, type WorkerReply } from './protocol.js';

const init = workerData as WorkerInit;
const loader = new ConfigLoader(init.cwd, init.configFile, init.configLookup);
const port = parentPort!;
const queue: TaskMessage[] = [];
let running = false;

port.on('message', (m: unknown) => {
  // Other messages are for worker-boot.ts.
  if (!isTask(m)) return;
  queue.push(m);
  if (!running) void drain();
});

async function drain(): Promise<void> {
  running = true;
  for (let task = queue.shift(); task; task = queue.shift()) await handle(task);
  running = false;
}

async function handle(task: TaskMessage): Promise<void> {
  const outcomes: Array<{ file: string; outcome: Awaited<ReturnType<typeof lintFile>> }> = [];
  for (const file of task.files) {
    try {
      outcomes.push({ file, outcome: await lintFile(file, loader, init.job) });
    } catch (e) {
      const reply: WorkerReply = { id: task.id, error: serializeError(e, file) };
      port.postMessage(reply);
      return;
    }
  }
  const reply: WorkerReply = { id: task.id, outcomes };
  port.postMessage(reply);
}
