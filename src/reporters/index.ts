/**
 * The output formats by name. Each loads on demand, so a run pays only for the one it uses.
 */
import type { Reporter } from './types.js';

export type { Reporter, ReporterContext } from './types.js';

const loaders: Record<string, () => Promise<Reporter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  html: async () => (await import('./html.js')).html,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
};

/**
 * The formats that read `ReporterContext.modules` (to list or group the rules). The others never
 * touch it, so a run printing them from the cache need not load the rules (tests/reporters.test.ts).
 */
const USES_MODULES = new Set(['html', 'sarif']);

export function reporterUsesModules(name: string): boolean {
  return USES_MODULES.has(name);
}

/** The names `--format` accepts. */
export const FORMAT_NAMES = Object.keys(loaders);

export async function loadReporter(name: string): Promise<Reporter | undefined> {
  const load = Object.prototype.hasOwnProperty.call(loaders, name) ? loaders[name] : undefined;
  return load ? load() : undefined;
}
