/**
 * Property-based fuzzing: thousands of generated drafts (tests/support/draft-arbitrary.ts) through
 * every built-in check (all of them on, whatever their default), under each preset, via
 * `lintSource`. For every draft:
 * - linting does not throw;
 * - every finding's start and end are inside the document: the line within the line count (a lone
 *   CR, LF and CRLF each end a line), the column within that line (at most one past its end);
 *   start before end; the message a non-empty string, the severity 1 or 2;
 * - linting it again, after other drafts were linted in between, gives the same result (no state
 *   leaks between files, e.g. through a global pattern's `lastIndex`); checked for one draft of
 *   every four, the other three being the ones in between.
 * Over all drafts, every module and at least 90% of the checks must have reported something, so
 * the drafts reach each check's reporting code (positions, masking), not only its scans; the
 * checks that stayed silent are printed (the image checks need image files).
 *
 * The runs are seeded, so a failure reproduces; fast-check prints the shrunk counterexample.
 * `UNLINTER_FUZZ_RUNS` sets the number of runs (default 500, four drafts each, plus one run with a
 * line of up to 20,000 characters per 20 runs) and `UNLINTER_FUZZ_SEED` picks another seed for a
 * longer hunt.
 */
import path from 'node:path';
import os from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfig } from '../src/config/load.js';
import type { LoadedConfig } from '../src/config/resolve.js';
import { lintSource } from '../src/lint-source.js';
import type { LintResult } from '../src/types.js';
import { draftArbitrary, hugeDraftArbitrary, type Draft } from './support/draft-arbitrary.js';

/** Each run lints four drafts, and the first one again after the other three. */
const RUNS = Number(process.env.UNLINTER_FUZZ_RUNS ?? 500);
const PER_RUN = 4;
const HUGE_RUNS = Math.max(10, Math.round(RUNS / 20));
const SEED = Number(process.env.UNLINTER_FUZZ_SEED ?? 20240611);
const DIR = path.join(os.tmpdir(), 'unlinter-fuzz');

/** Settings that switch on the checks that need them (parties, intranet hosts, official contacts). */
const SETTINGS = {
  organization: { names: ['UNDP', 'United Nations'], domains: ['undp.org', 'un.org'], officialPhones: ['+41 22 917 1234'], officialEmails: ['press@undp.org'], officialAddresses: ['405 East 42nd Street'] },
  political: { parties: ['Green Party', 'Unity Front'], politicians: ['Jane Candidate'], hashtags: ['#VoteForChange'] },
  intranetHosts: ['intranet.myagency.org'],
};

let config: LoadedConfig;
/** Every check of every built-in module, on. */
let allChecks: Record<string, 'warn' | 'error'>;

async function setup(): Promise<void> {
  if (config) return;
  config = await buildConfig(path.join(DIR, '.unlinterrc.json'), { settings: SETTINGS });
  allChecks = {};
  let i = 0;
  for (const m of config.modules) for (const check of Object.keys(m.meta.checks)) allChecks[`${m.meta.id}/${check}`] = i++ % 2 ? 'warn' : 'error';
}

/** Findings per check over all generated drafts: shows that each module's reporting path ran. */
const reported = new Map<string, number>();

async function lint(d: Draft): Promise<LintResult> {
  const r = await lintSource(d.text, path.join(DIR, d.name), config, { cli: { preset: d.preset, rules: allChecks } });
  for (const m of r.messages) reported.set(m.ruleId, (reported.get(m.ruleId) ?? 0) + 1);
  return r;
}

/** The lines of the text rules see (after a leading BOM), ended by LF, CRLF or a lone CR. */
function linesOf(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r\n|\n|\r/);
}

/** Problems with the positions and shape of a result's messages, as readable strings. */
function positionProblems(d: Draft, r: LintResult): string[] {
  const lines = linesOf(d.text);
  const problems: string[] = [];
  const inside = (line: number, column: number): boolean =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  for (const m of r.messages) {
    const where = `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    if (!inside(m.line, m.column)) problems.push(`${where}: start outside the document (${lines.length} lines)`);
    if (!inside(m.endLine, m.endColumn)) problems.push(`${where}: end outside the document (${lines.length} lines)`);
    if (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column)) problems.push(`${where}: ends before it starts`);
    if (typeof m.message !== 'string' || m.message.trim() === '') problems.push(`${where}: empty message`);
    if (m.severity !== 1 && m.severity !== 2) problems.push(`${where}: severity ${String(m.severity)}`);
  }
  if (r.errorCount + r.warningCount !== r.messages.length) problems.push('counts do not add up');
  return problems;
}

describe('fuzzing every built-in check with generated drafts', () => {
  /** Lint `first` and the `others`, checking positions, then `first` again: the same result. */
  const property = (arb: fc.Arbitrary<Draft>) =>
    fc.asyncProperty(arb, fc.array(draftArbitrary, { minLength: PER_RUN - 1, maxLength: PER_RUN - 1 }), async (first, others) => {
      const result = await lint(first);
      expect(positionProblems(first, result)).toEqual([]);
      for (const d of others) expect(positionProblems(d, await lint(d))).toEqual([]);
      expect(await lint(first)).toEqual(result);
    });

  it(`${RUNS * PER_RUN} drafts: no exception, positions inside the document, the same result on a second run`, async () => {
    await setup();
    expect(Object.keys(allChecks).length, 'built-in checks found').toBeGreaterThan(20);
    await fc.assert(property(draftArbitrary), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    // Every built-in module found something in the generated drafts, so the drafts reached each
    // module's reporting code (positions, masking), not only its scans.
    const silent = config.modules.map((m) => m.meta.id).filter((id) => ![...reported.keys()].some((r) => r.startsWith(id + '/')));
    expect(silent, 'modules that reported nothing on any generated draft').toEqual([]);
    const checks = Object.keys(allChecks);
    // Most checks too (the image checks need image files, which drafts from strings do not have).
    expect(checks.filter((c) => reported.has(c)).length, 'checks that reported at least once').toBeGreaterThanOrEqual(Math.floor(checks.length * 0.9));
    console.log(`fuzz: ${checks.filter((c) => reported.has(c)).length} of ${checks.length} checks reported at least once; silent: ${checks.filter((c) => !reported.has(c)).join(', ') || 'none'}`);
  }, 600_000);

  it(`${HUGE_RUNS} drafts with a line of up to 20,000 characters`, async () => {
    await setup();
    await fc.assert(property(hugeDraftArbitrary), { numRuns: HUGE_RUNS, seed: SEED + 1, endOnFailure: true });
  }, 600_000);

  it('the position check catches what it looks for (lone CR, CRLF and LF end lines; a BOM is not a column)', () => {
    const d: Draft = { text: '\ufeffab\r\ncd\ref\ngh', name: 'x.md', preset: 'recommended' };
    const msg = (line: number, column: number, endLine: number, endColumn: number) => ({ ruleId: 'x/y', messageId: 'y', severity: 2 as const, message: 'M.', line, column, endLine, endColumn });
    const res = (...messages: ReturnType<typeof msg>[]): LintResult => ({ filePath: '/x.md', messages, errorCount: messages.length, warningCount: 0 });
    expect(positionProblems(d, res(msg(1, 1, 4, 3), msg(3, 3, 3, 3)))).toEqual([]);
    expect(positionProblems(d, res(msg(5, 1, 5, 1)))).toHaveLength(2); // no line 5
    expect(positionProblems(d, res(msg(1, 4, 1, 4)))).toHaveLength(2); // 'ab' has columns 1 to 3
    expect(positionProblems(d, res(msg(2, 2, 1, 1)))).toEqual(['x/y 2:2-1:1: ends before it starts']);
    expect(positionProblems(d, res({ ...msg(1, 1, 1, 2), message: ' ' }))).toHaveLength(1);
    expect(positionProblems(d, { ...res(msg(1, 1, 1, 2)), errorCount: 0 })).toEqual(['counts do not add up']);
  });

  it('the generator covers what it promises', () => {
    const sample = fc.sample(draftArbitrary, { numRuns: 400, seed: SEED });
    const has = (re: RegExp) => sample.filter((d) => re.test(d.text)).length;
    // Each feature shows up in a fair share of drafts, so the property above exercises it.
    expect(has(/\r\n/), 'CRLF').toBeGreaterThan(20);
    expect(has(/\r(?!\n)/), 'lone CR').toBeGreaterThan(20);
    expect(has(/\u0000/), 'NUL').toBeGreaterThan(5);
    expect(has(/^\ufeff/), 'BOM').toBeGreaterThan(50);
    expect(has(/^\ufeff?\s*---/), 'YAML front matter').toBeGreaterThan(20);
    expect(has(/^\ufeff?\s*\+\+\+/), 'TOML front matter').toBeGreaterThan(20);
    expect(has(/\|[ -]*---[ -]*\|/), 'tables').toBeGreaterThan(20);
    expect(has(/(?:^|[\r\n]) {4}(?:- |\* |\+ |\d[.)] )/), 'nested lists').toBeGreaterThan(20);
    expect(has(/<div|<img|<a /), 'HTML').toBeGreaterThan(20);
    expect(has(/\p{Extended_Pictographic}/u), 'emoji').toBeGreaterThan(20);
    expect(has(/[\u0590-\u06ff]/), 'right-to-left').toBeGreaterThan(20);
    expect(has(/\p{M}/u), 'combining marks').toBeGreaterThan(20);
    expect(fc.sample(hugeDraftArbitrary, { numRuns: 20, seed: SEED }).every((d) => /[^\r\n]{2000}/.test(d.text)), 'huge lines').toBe(true);
    expect(sample.filter((d) => d.name.endsWith('.txt')).length, 'text drafts').toBeGreaterThan(40);
    expect(new Set(sample.map((d) => d.preset)).size, 'presets').toBe(3);
  });
});
