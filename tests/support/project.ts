/**
 * Test projects for config and CLI tests: built-in modules off (their detection has its own
 * fixtures), the demo plugin on, so expectations do not move when rules improve.
 */
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { run, type RunIO } from '../../src/run.js';
import { tmpProject } from './tmp.js';

export const DEMO_PLUGIN = path.resolve(import.meta.dirname, 'demo-plugin.mjs');

/** A `.unlinterrc.json` body: the demo plugin, built-ins off, plus `extra`. */
export function demoConfig(extra: Record<string, unknown> = {}): string {
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) rules[m.meta.id] = 'off';
  Object.assign(rules, (extra.rules as Record<string, unknown>) ?? {});
  return JSON.stringify({ plugins: [DEMO_PLUGIN], ...extra, rules }, null, 2);
}

/** A temporary project with the demo config at its root. */
export function demoProject(files: Record<string, string | Uint8Array>, extra: Record<string, unknown> = {}): string {
  return tmpProject({ '.unlinterrc.json': demoConfig(extra), ...files });
}

/** Run the CLI in process in a folder. */
export function runIn(cwd: string, argv: string[], io: RunIO = {}) {
  return run(argv, { cwd, env: {}, stdoutIsTTY: false, ...io });
}
