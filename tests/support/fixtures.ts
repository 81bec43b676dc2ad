/**
 * Fixture discovery and the config a fixture runs with: only its own module on, at the severities
 * of the preset in an optional `<case>.config.json` beside it (e.g. `{ "extends": "personal" }`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import { buildConfig } from '../../src/config/load.js';
import type { LoadedConfig } from '../../src/config/resolve.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const DRAFT = /\.(?:md|markdown|mdx|txt)$/;

export interface FixtureCase {
  module: string;
  kind: 'valid' | 'invalid';
  name: string;
  file: string;
  expectedFile: string;
  configFile: string | null;
}

export function listCases(moduleId: string, kind: 'valid' | 'invalid'): FixtureCase[] {
  const dir = path.join(FIXTURES, moduleId, kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => DRAFT.test(f) && !f.endsWith('.expected.txt'))
    .sort()
    .map((f) => {
      const base = f.replace(DRAFT, '');
      const cfg = path.join(dir, `${base}.config.json`);
      return {
        module: moduleId,
        kind,
        name: f,
        file: path.join(dir, f),
        expectedFile: path.join(dir, `${base}.expected.txt`),
        configFile: fs.existsSync(cfg) ? cfg : null,
      };
    });
}

/** The config for a fixture: its sidecar config, with every other module off. */
export async function fixtureConfig(c: FixtureCase): Promise<LoadedConfig> {
  const sidecar = c.configFile ? (JSON.parse(fs.readFileSync(c.configFile, 'utf8')) as Record<string, unknown>) : {};
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) if (m.meta.id !== c.module) rules[m.meta.id] = 'off';
  Object.assign(rules, (sidecar.rules as Record<string, unknown>) ?? {});
  return buildConfig(c.configFile ?? path.join(path.dirname(c.file), '.unlinterrc.json'), { ...sidecar, rules, reportUnusedDirectives: 'off' });
}
