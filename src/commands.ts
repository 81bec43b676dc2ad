/**
 * Commands that do not lint: `--explain` (a rule's documentation) and `--init` (a starter config).
 * `run()` hands its options here first; null means "lint as usual".
 */
import type { CliOptions } from './cli.js';
import { ConfigLoader } from './config/load.js';

/** What the process gives these commands (a subset of `RunIO`). */
export interface CommandIO {
  /** A terminal to ask questions on (`--init`); absent without one. */
  prompt?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; isTTY: boolean };
}

/** Run `--explain` or `--init` when asked; null otherwise. Errors for users are thrown as UsageError. */
export async function runCommand(o: CliOptions, cwd: string, io: CommandIO): Promise<{ exitCode: 0; stdout: string; stderr: string } | null> {
  if (o.explain !== undefined) {
    const { explain } = await import('./docs/explain.js');
    const modules = (await new ConfigLoader(cwd, o.config, o.configLookup).forDir(cwd)).modules;
    return { exitCode: 0, stdout: explain(o.explain, modules), stderr: '' };
  }
  if (o.init) {
    const { runInit } = await import('./init/init.js');
    const prompt = io.prompt?.isTTY ? io.prompt : null;
    const flags = { ...(o.preset ? { preset: o.preset } : {}), ...(o.orgName !== undefined ? { orgName: o.orgName } : {}), ...(o.orgDomains ? { orgDomains: o.orgDomains } : {}) };
    return { exitCode: 0, stdout: await runInit(flags, cwd, prompt), stderr: '' };
  }
  return null;
}
