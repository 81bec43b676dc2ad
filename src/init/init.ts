/**
 * `unlinter --init`: write a commented `.unlinterrc.yaml` in the current folder. Flags answer the
 * questions; on a terminal, the questions the flags left open are asked (node:readline); without
 * one, defaults apply. An existing config is never overwritten, and the file appears whole or not
 * at all (written to a temporary file, then linked into place, which fails if the name is taken).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES } from '../config/load.js';
import type { PresetName } from '../types.js';
import { normalizeDomain, normalizeName, starterConfig, type InitAnswers } from './starter-config.js';

/** The file `--init` writes. */
export const INIT_FILE = '.unlinterrc.yaml';

export interface InitFlags {
  preset?: PresetName;
  orgName?: string;
  orgDomains?: string[];
}

/** Where questions are asked: a terminal's input and output. */
export interface PromptIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

/** The config file already in a folder, if any (`package.json` counts when it has an `unlinter` key). */
export function existingConfig(dir: string): string | null {
  for (const name of SEARCH_PLACES) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    if (name !== 'package.json') return file;
    try {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (pkg && typeof pkg === 'object' && 'unlinter' in pkg) return file;
    } catch {
      // A package.json that does not parse holds no unlinter config we could overwrite.
    }
  }
  return null;
}

/** Validate the flags; throws UsageError naming the bad one. */
export function answersFromFlags(flags: InitFlags): Partial<InitAnswers> & { orgDomains?: string[] } {
  const out: Partial<InitAnswers> = {};
  if (flags.preset) out.preset = flags.preset;
  if (flags.orgName !== undefined) {
    const name = normalizeName(flags.orgName);
    if (!name) throw new UsageError('--org-name takes the organisation\'s name, e.g. --org-name "UNDP Kenya"');
    out.orgName = name;
  }
  if (flags.orgDomains) {
    out.orgDomains = flags.orgDomains.flatMap((d) => d.split(',')).filter((d) => d.trim()).map((d) => {
      const n = normalizeDomain(d);
      if (!n) throw new UsageError(`--org-domain takes a domain such as undp.org, not "${d.trim()}"`);
      return n;
    });
  }
  return out;
}

/**
 * Run `--init` in `cwd`. Returns the text to print. Asks on `prompt` (a terminal) for what the
 * flags did not say.
 */
export async function runInit(flags: InitFlags, cwd: string, prompt: PromptIO | null): Promise<string> {
  const existing = existingConfig(cwd);
  if (existing) {
    throw new UsageError(`a config already exists: ${existing}. unlinter --init never overwrites one; edit that file, or move it away and run --init again.`);
  }
  const given = answersFromFlags(flags);
  const answers: InitAnswers = prompt ? await ask(given, prompt) : { preset: given.preset ?? 'personal', orgDomains: given.orgDomains ?? [], ...(given.orgName ? { orgName: given.orgName } : {}) };
  const file = path.join(cwd, INIT_FILE);
  writeNew(file, starterConfig(answers));
  const who = answers.orgName ? ` for ${answers.orgName}` : '';
  return `Wrote ${INIT_FILE} (${answers.preset} preset${who}). Check your drafts with: npx unlinter drafts/\n`;
}

async function ask(given: Partial<InitAnswers>, io: PromptIO): Promise<InitAnswers> {
  const rl = createInterface({ input: io.input, output: io.output });
  // Input that ends (Ctrl-D) answers every remaining question with its default.
  let ended = false;
  const closed = new Promise<null>((resolve) => rl.once('close', () => ((ended = true), resolve(null))));
  const question = async (q: string): Promise<string> => {
    if (ended) return '';
    // A question still open when the input ends rejects after close; the race already answered it.
    const answer = rl.question(q).catch(() => '');
    return (await Promise.race([answer, closed])) ?? '';
  };
  try {
    let preset = given.preset;
    while (!preset) {
      const a = (await question('Is this for a personal blog or profile, or for an office blog? (personal/office) [personal] ')).trim().toLowerCase();
      if (!a || a.startsWith('p')) preset = 'personal';
      else if (a.startsWith('o')) preset = 'office';
      else if (a === 'recommended') preset = 'recommended';
      else io.output.write('Please answer personal or office.\n');
    }
    let orgName = given.orgName;
    if (orgName === undefined) {
      for (;;) {
        const a = await question('Name of your organisation or office, as your posts write it (e.g. UNDP Kenya; Enter to skip): ');
        if (!a.trim()) break;
        const n = normalizeName(a);
        if (n) {
          orgName = n;
          break;
        }
        io.output.write('Please give a name of at most 200 characters.\n');
      }
    }
    let orgDomains = given.orgDomains;
    while (!orgDomains) {
      const a = await question('E-mail domains of your organisation, separated by commas (e.g. undp.org, un.org; Enter to skip): ');
      const parts = a.split(/[,\s]+/).filter(Boolean);
      const bad = parts.filter((p) => !normalizeDomain(p));
      if (bad.length === 0) orgDomains = parts.map((p) => normalizeDomain(p)!);
      else io.output.write(`Not a domain: ${bad.join(', ')}. Give domains such as undp.org.\n`);
    }
    return { preset, orgDomains, ...(orgName ? { orgName } : {}) };
  } finally {
    rl.close();
  }
}

/** Write a file that must not exist yet, whole or not at all. */
function writeNew(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    fs.writeFileSync(tmp, content, { flag: 'wx' });
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new UsageError(`${file} appeared while it was being written; it was left as it is.`);
      // No hard links on this file system: create exclusively, then fill, as close as it gets.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
      fs.writeFileSync(file, content, { flag: 'wx' });
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`a config already exists: ${file}. unlinter --init never overwrites one.`);
    throw new UsageError(`cannot write ${file}: ${(e as Error).message}`);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
