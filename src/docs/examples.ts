/**
 * Examples for the rule docs, taken from the fixtures: for each check, a failing example (a flagged
 * line of an invalid fixture, from its `.expected.txt`) and a passing example (a valid fixture
 * named after the check, else the valid paragraph that shares most words with what the check
 * looks for). Spans of personal data and secrets are shown masked.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyRuleModule } from '../types.js';
import { LineIndex } from '../document/lines.js';
import { maskSpans, sensitiveSpan, type Span } from '../reporters/sensitive.js';

const DRAFT = /\.(?:md|markdown|mdx|txt)$/;
const EXPECTED_HEADER = /^(\d+):(\d+)-(\d+):(\d+) (error|warn) (\S+) (\S+)$/;
/** Longest excerpt of a passing example, in lines. */
const MAX_LINES = 14;
/** Widest line of a failing example before it is cut around the flagged span. */
const MAX_WIDTH = 110;

export interface FailingExample {
  /** Fixture path relative to the repository root, with `/`. */
  file: string;
  /** Config the fixture runs with (its `.config.json`), when it has one. */
  config?: string;
  /** The flagged lines with `~` under the span, ready for a code block. */
  snippet: string;
  ruleId: string;
  messageId: string;
  message: string;
}

export interface PassingExample {
  file: string;
  config?: string;
  /** The excerpt of the valid draft. */
  snippet: string;
  /** Whether the fixture is named after the check (a deliberate near-miss). */
  named: boolean;
}

export interface CheckExamples {
  failing?: FailingExample;
  passing?: PassingExample;
}

export type ModuleExamples = Record<string, CheckExamples>;

interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
}

interface Case {
  name: string;
  rel: string;
  text: string;
  lines: LineIndex;
  config?: string;
}

/** Read the examples of one module from `<root>/fixtures/<id>/`. Missing folders give none. */
export function loadExamples(root: string, module: AnyRuleModule): ModuleExamples {
  const id = module.meta.id;
  const invalid = readCases(root, id, 'invalid');
  const valid = readCases(root, id, 'valid');
  const findings = new Map<Case, Finding[]>();
  for (const c of invalid) findings.set(c, parseExpected(root, id, c));
  const out: ModuleExamples = {};
  // How many checks of the module mention a word: a word they share says less about any one of them.
  const spread = new Map<string, number>();
  for (const [check, meta] of Object.entries(module.meta.checks)) {
    for (const w of words(`${check.replace(/-/g, ' ')} ${meta.description}`)) spread.set(w, (spread.get(w) ?? 0) + 1);
  }
  for (const [check, meta] of Object.entries(module.meta.checks)) {
    const ruleId = `${id}/${check}`;
    const picked = pickFailing(invalid, findings, ruleId);
    const failing = picked?.example;
    // What the check is about, by weight: the words of its name, of its description, of its failing example.
    const vocabulary = new Map<string, number>();
    const weigh = (text: string, w: number): void => {
      for (const word of words(text)) vocabulary.set(word, Math.max(vocabulary.get(word) ?? 0, w / (spread.get(word) ?? 1)));
    };
    weigh(failing ? failing.snippet : '', 1);
    weigh(meta.description, 2);
    weigh(check.replace(/-/g, ' '), 3);
    const passing = pickPassing(valid, check, meta.messages, vocabulary, featuresOf(picked?.flagged ?? ''));
    out[check] = { ...(failing ? { failing } : {}), ...(passing ? { passing } : {}) };
  }
  return out;
}

function readCases(root: string, id: string, kind: 'valid' | 'invalid'): Case[] {
  const dir = path.join(root, 'fixtures', id, kind);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => DRAFT.test(f))
    .sort()
    .map((f) => {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const cfg = path.join(dir, f.replace(DRAFT, '.config.json'));
      const config = fs.existsSync(cfg) ? JSON.stringify(JSON.parse(fs.readFileSync(cfg, 'utf8'))) : undefined;
      return { name: f, rel: `fixtures/${id}/${kind}/${f}`, text, lines: new LineIndex(text), ...(config ? { config } : {}) };
    });
}

function parseExpected(root: string, id: string, c: Case): Finding[] {
  const file = path.join(root, 'fixtures', id, 'invalid', c.name.replace(DRAFT, '.expected.txt'));
  if (!fs.existsSync(file)) return [];
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const out: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = EXPECTED_HEADER.exec(lines[i]!);
    if (!h) continue;
    let message = '';
    for (let j = i + 1; j < lines.length && !EXPECTED_HEADER.test(lines[j]!); j++) {
      if (lines[j]!.startsWith('  = ')) {
        message = lines[j]!.slice(4);
        break;
      }
    }
    const [line, col, endLine, endCol] = [h[1], h[2], h[3], h[4]].map(Number) as [number, number, number, number];
    out.push({
      ruleId: h[6]!,
      messageId: h[7]!,
      message,
      start: c.lines.lineStart(line - 1) + col - 1,
      end: c.lines.lineStart(endLine - 1) + endCol - 1,
      line,
      endLine,
    });
  }
  return out;
}

function pickFailing(cases: readonly Case[], findings: Map<Case, Finding[]>, ruleId: string): { example: FailingExample; flagged: string } | undefined {
  let best: { c: Case; f: Finding; score: number } | undefined;
  for (const c of cases) {
    for (const f of findings.get(c) ?? []) {
      if (f.ruleId !== ruleId) continue;
      // Prefer a finding on one line, on a line short enough to read, in a fixture with no extra config.
      const width = c.lines.lineEnd(f.line - 1) - c.lines.lineStart(f.line - 1);
      const score = (f.line === f.endLine ? 0 : 4) + (width <= MAX_WIDTH ? 0 : 2) + (c.config ? 1 : 0);
      if (!best || score < best.score) best = { c, f, score };
    }
  }
  if (!best) return undefined;
  const { c, f } = best;
  const sensitive: Span[] = (findings.get(c) ?? []).flatMap((x) => sensitiveSpan(x.ruleId, x.start, x.end) ?? []);
  const text = maskSpans(c.text, sensitive);
  const example = {
    file: c.rel,
    ...(c.config ? { config: c.config } : {}),
    snippet: underline(text, c.lines, f),
    ruleId: f.ruleId,
    messageId: f.messageId,
    message: f.message,
  };
  // The flagged text in clear is used only to compare shapes with valid drafts, never shown.
  return { example, flagged: c.text.slice(f.start, f.end) };
}

/** Kinds of text a check flags: a valid paragraph with the same kinds is likely a near-miss. */
const FEATURES: ReadonlyArray<readonly [string, RegExp]> = [
  ['digits', /\d[\d\s().+-]{2,}\d/],
  ['email', /@/],
  ['link', /https?:\/\/|www\./i],
  ['image', /!\[|<img\b/i],
  ['capitals', /\b\p{Lu}{4,}\b/u],
];

function featuresOf(s: string): Set<string> {
  return new Set(FEATURES.filter(([, re]) => re.test(s)).map(([name]) => name));
}

/** The flagged lines (at most three) with `~` under the span, cut around it when too wide. */
function underline(text: string, lines: LineIndex, f: Finding): string {
  const out: string[] = [];
  const last = Math.min(f.endLine, f.line + 2);
  for (let l = f.line; l <= last; l++) {
    const ls = lines.lineStart(l - 1);
    let line = text.slice(ls, lines.lineEnd(l - 1)).replace(/\t/g, ' ');
    let from = l === f.line ? f.start - ls : 0;
    let to = l === f.endLine ? f.end - ls : line.length;
    if (to <= from) to = from + 1;
    if (line.length > MAX_WIDTH) {
      const cutStart = Math.max(0, Math.min(from - 30, line.length - MAX_WIDTH));
      const cutEnd = Math.min(line.length, Math.max(cutStart + MAX_WIDTH, to + 10));
      const head = cutStart > 0 ? '…' : '';
      line = head + line.slice(cutStart, cutEnd) + (cutEnd < line.length ? '…' : '');
      from = from - cutStart + head.length;
      to = Math.min(to - cutStart + head.length, line.length);
    }
    out.push(line.trimEnd(), ' '.repeat(from) + '~'.repeat(Math.max(1, to - from)));
  }
  return out.join('\n');
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'your', 'their', 'they', 'them', 'there', 'what', 'when', 'which', 'will', 'would', 'about', 'into', 'than', 'then', 'were', 'been', 'being', 'also', 'only', 'some', 'such', 'other', 'more', 'most', 'where', 'while', 'these', 'those']);

/** Distinct words of four letters or more, lower case, a plural `s` dropped, common words left out. */
function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/\p{L}{4,30}/gu)) if (!STOP.has(m[0])) out.add(m[0].length > 4 ? m[0].replace(/s$/, '') : m[0]);
  return out;
}

function scoreOf(text: string, vocabulary: ReadonlyMap<string, number>): number {
  let score = 0;
  for (const w of words(text)) score += vocabulary.get(w) ?? 0;
  return score;
}

interface Paragraph {
  text: string;
  score: number;
}

function paragraphs(text: string, vocabulary: ReadonlyMap<string, number>, bonus = 0, features: ReadonlySet<string> = new Set()): Paragraph[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.replace(/^\s*\n|\s+$/g, ''))
    .filter((p) => p.trim() && !/^(?:---|\+\+\+)\s*$/m.test(p.split('\n')[0] ?? ''))
    .map((p) => {
      let shared = 0;
      for (const f of featuresOf(p)) if (features.has(f)) shared++;
      return { text: p, score: scoreOf(p, vocabulary) + bonus + 2 * shared };
    });
}

function pickPassing(cases: readonly Case[], check: string, messageIds: readonly string[], vocabulary: ReadonlyMap<string, number>, features: ReadonlySet<string>): PassingExample | undefined {
  const names = [check, ...messageIds.map((m) => m.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))];
  const named = cases.find((c) => names.some((n) => c.name.toLowerCase().includes(n.toLowerCase())));
  if (named) {
    const all = named.text.replace(/\s+$/, '').split(/\r?\n|\r/);
    const best = paragraphs(named.text, vocabulary).sort((a, b) => b.score - a.score)[0];
    const snippet = all.length <= MAX_LINES || !best ? all.slice(0, MAX_LINES).join('\n') : clip(best.text);
    return { file: named.rel, ...(named.config ? { config: named.config } : {}), snippet, named: true };
  }
  let best: { c: Case; p: Paragraph } | undefined;
  for (const c of cases) {
    // A fixture whose name shares words with the check's name is likely its near-miss.
    const bonus = scoreOf(c.name.replace(/\.[a-z]+$/, '').replace(/[-_]/g, ' '), vocabulary);
    for (const p of paragraphs(c.text, vocabulary, bonus, features)) if (!best || p.score > best.p.score) best = { c, p };
  }
  if (!best) return undefined;
  return { file: best.c.rel, ...(best.c.config ? { config: best.c.config } : {}), snippet: clip(best.p.text), named: false };
}

function clip(text: string): string {
  const lines = text.split(/\r?\n|\r/);
  return lines.length <= MAX_LINES ? lines.join('\n') : [...lines.slice(0, MAX_LINES), '…'].join('\n');
}
