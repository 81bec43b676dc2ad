/**
 * Reading and writing the suppressions file. It is JSON that people commit and review, so it is
 * checked when read (an error names the file and the entry) and written whole, sorted, through a
 * temporary file and a rename.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { writeAtomic } from '../util/write-atomic.js';
import { dict, type Suppressions } from './suppressions.js';

/** The file's name in the cwd when `--suppressions-location` does not say otherwise. */
export const DEFAULT_SUPPRESSIONS_FILE = 'unlinter-suppressions.json';

const schema = z.record(z.string(), z.record(z.string(), z.strictObject({ count: z.number().int().positive() })));

/** Whether a suppressions file exists at `file`. */
export function suppressionsExist(file: string): boolean {
  return fs.existsSync(file);
}

/** Read a suppressions file; a missing file is an empty one. */
export function loadSuppressions(file: string): Suppressions {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return dict();
    throw new ConfigError(file, `cannot read the suppressions file: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(file, `the suppressions file is not valid JSON (${(e as Error).message}); restore it from version control or write it again with --suppress-all`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map((p) => `[${JSON.stringify(String(p))}]`).join('') : '';
    throw new ConfigError(file, `suppressions${where}: ${issue?.message ?? 'invalid'}; each entry is "file": { "rule-id": { "count": 1 } }`);
  }
  // Rebuilt from the parsed JSON (not zod's copy), key by key, into objects without a prototype.
  const out: Suppressions = dict();
  for (const [key, rules] of Object.entries(data as Record<string, Record<string, { count: number }>>)) {
    const entry = (out[key] = dict<{ count: number }>());
    for (const [ruleId, { count }] of Object.entries(rules)) entry[ruleId] = { count };
  }
  return out;
}

/** Write a suppressions file (atomically), two-space JSON with a final newline. */
export function saveSuppressions(file: string, suppressions: Suppressions): void {
  writeAtomic(file, JSON.stringify(suppressions, null, 2) + '\n');
}
