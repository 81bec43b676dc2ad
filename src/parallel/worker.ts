/**
 * A lint worker: loads configs and rules once, then lints the batches of files it is sent and
 * replies with their outcomes (or the first error, with the file it happened on).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { lintFile } from '../lint-file.js';
import { serializeError, type TaskMessage, type WorkerInit, type WorkerReply } from './protocol.js';

const init = workerData as WorkerInit;
const loader = new ConfigLoader(init.cwd, init.configFile, init.configLookup);
const port = parentPort!;

port.on('message', (task: TaskMessage) => {
  void handle(task);
});

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
