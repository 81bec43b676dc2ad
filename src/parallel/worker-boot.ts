/**
 * Starts a lint worker of the binary: loads the worker bundle (`dist/bundle/worker.js`) through
 * loadBundle, so that V8's compiled code is kept between runs as the main thread's is
 * (src/util/load-bundle.ts). Compiling the bundle cost each worker about 0.1 s at start, and the
 * rules' functions more as they were first called. The code is kept under the V8 flags the
 * run tuned (V8 rejects code compiled under other flags), which the pool passes in, and written
 * when the pool asks, after the last task.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadBundle } from '../util/load-bundle.js';
import { isSaveCode, type SavedCodeReply, type WorkerInit } from './protocol.js';

const { boot } = workerData as WorkerInit;
const port = parentPort!;
const bundle = loadBundle(boot!.bundle, process.env, { flags: boot!.flags });

port.on('message', (m: unknown) => {
  if (!isSaveCode(m)) return;
  bundle.saveCache();
  const reply: SavedCodeReply = { savedCompiledCode: true };
  port.postMessage(reply);
});
