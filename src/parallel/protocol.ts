/** Messages between the main thread and lint workers, and how errors cross between them. */
import type { FileJobOptions, FileOutcome } from '../lint-file.js';
import { ConfigError, InputError, UsageError } from '../errors.js';

/** What a worker needs to lint files as the main thread would. */
export interface WorkerInit {
  cwd: string;
  configFile?: string;
  configLookup: boolean;
  job: FileJobOptions;
  /** Set when the worker is the binary's bundle, loaded with its compiled code kept between runs (worker-boot.ts). */
  boot?: WorkerBoot;
}

/** The worker bundle to load, and the V8 flags the run tuned, which the compiled code is kept under. */
export interface WorkerBoot {
  bundle: string;
  flags: string;
}

export interface TaskMessage {
  id: number;
  files: string[];
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** The file being linted when it happened. */
  file: string;
}

/** Asks a booted worker to keep its compiled code for the next run (after the last task). */
export interface SaveCodeMessage {
  saveCompiledCode: true;
}

/** A booted worker's answer to SaveCodeMessage, once the code is written or found not worth writing. */
export interface SavedCodeReply {
  savedCompiledCode: true;
}

export function isTask(m: unknown): m is TaskMessage {
  return typeof m === 'object' && m !== null && 'files' in m;
}

export function isSaveCode(m: unknown): m is SaveCodeMessage {
  return typeof m === 'object' && m !== null && 'saveCompiledCode' in m;
}

export function isSavedCode(m: unknown): m is SavedCodeReply {
  return typeof m === 'object' && m !== null && 'savedCompiledCode' in m;
}

export type WorkerReply =
  | { id: number; outcomes: Array<{ file: string; outcome: FileOutcome }> }
  | { id: number; error: SerializedError };

export function serializeError(e: unknown, file: string): SerializedError {
  if (e instanceof Error) return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}), file };
  return { name: 'Error', message: String(e), file };
}

const USER_ERRORS: Record<string, { prototype: Error }> = { ConfigError, UsageError, InputError };

/** Rebuild an error from a worker: user errors keep their class (no stack shown), crashes keep the stack. */
export function deserializeError(s: SerializedError): Error {
  const err = new Error(s.message);
  const ctor = USER_ERRORS[s.name];
  if (ctor) Object.setPrototypeOf(err, ctor.prototype);
  err.name = s.name;
  if (s.stack) err.stack = s.stack;
  return err;
}
