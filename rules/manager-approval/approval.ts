/**
 * Shared facts of the `manager-approval` checks: whether a draft is about the author's work, and
 * whether a clearance is recorded (front matter, or an "Approved by:" line in the text).
 */
import { DraftCache, frontMatterEntries, keyWordTest, phraseTest, squash, stringsOf, valueText, wordListRegExp, type Document, type PhraseTest } from '../../src/rule-kit/index.js';
import { APPROVAL_LINE, OWN, STRONG_WORK, WEAK_WORK } from './patterns.js';
import { STRONG_WORK_PHRASES, WEAK_WORK_PHRASES } from './words.js';
import type { Options } from './options.js';

export interface WorkHit {
  phrase: string;
  start: number;
  end: number;
}

const extraCache = new WeakMap<readonly string[], { re: RegExp; test: PhraseTest }>();
/**
 * Whether a segment has every word of some phrase of a list: one without cannot match the list's
 * pattern. Tighter than a key word per phrase: most posts say "work" or "team", few "my role as".
 */
const STRONG_TEST = phraseTest(STRONG_WORK_PHRASES);
const WEAK_TEST = phraseTest(WEAK_WORK_PHRASES);
/** `workHit` per document and work-phrase list: both checks of the module ask it. */
const hitCache = new DraftCache<Document, { phrases: readonly string[]; hit: WorkHit | null }>('work hit');

/**
 * The first phrase that shows a draft is about the author's function, team, mission or
 * assignment: one strong phrase ("in my role as"), or two different weak ones of which one is the
 * author's own ("my team" ... "field visit"); the author's own is reported. Null for drafts that never speak of work.
 */
export function workHit(doc: Document, options: Options): WorkHit | null {
  const cached = hitCache.get(doc);
  if (cached && cached.phrases === options.workPhrases) return cached.hit;
  const hit = findWorkHit(doc, options);
  hitCache.set(doc, { phrases: options.workPhrases, hit });
  return hit;
}

function findWorkHit(doc: Document, options: Options): WorkHit | null {
  let extra = extraCache.get(options.workPhrases);
  if (!extra && options.workPhrases.length) extraCache.set(options.workPhrases, (extra = { re: wordListRegExp(options.workPhrases, 'giu'), test: keyWordTest(options.workPhrases) }));
  let strong: WorkHit | null = null;
  for (const [re, test] of extra ? [[STRONG_WORK, STRONG_TEST] as const, [extra.re, extra.test] as const] : [[STRONG_WORK, STRONG_TEST] as const]) {
    for (const seg of doc.prose) {
      if (!test(seg)) continue;
      re.lastIndex = 0;
      const m = re.exec(seg.text);
      if (m && (!strong || seg.start + m.index < strong.start)) strong = { phrase: squash(m[0]), start: seg.start + m.index, end: seg.start + m.index + m[0].length };
    }
  }
  if (strong) return strong;
  let own: WorkHit | null = null;
  const seen = new Set<string>();
  for (const seg of doc.prose) {
    if (!WEAK_TEST(seg)) continue;
    WEAK_WORK.lastIndex = 0;
    for (let m = WEAK_WORK.exec(seg.text); m; m = WEAK_WORK.exec(seg.text)) {
      const phrase = squash(m[0]);
      seen.add(phrase.toLowerCase());
      if (!own && OWN.test(phrase)) own = { phrase, start: seg.start + m.index, end: seg.start + m.index + m[0].length };
      if (own && seen.size >= 2) return own;
    }
  }
  return null;
}

export type ApprovalState =
  | { state: 'ok' }
  | { state: 'missing' }
  | { state: 'pending' | 'badFormat'; key: string; value: string; start: number; end: number };

const formatCache = new Map<string, RegExp>();

/** Whether a clearance is recorded, and if one is written but says nothing or breaks the format, where. */
export function approvalState(doc: Document, options: Options): ApprovalState {
  const pending = new Set(options.pendingValues.map((v) => v.trim().toLowerCase()));
  let format: RegExp | null = null;
  if (options.approvalFormat) {
    format = formatCache.get(options.approvalFormat) ?? new RegExp(options.approvalFormat, 'iu');
    formatCache.set(options.approvalFormat, format);
  }
  const judge = (key: string, raw: string, start: number, end: number): ApprovalState => {
    const value = squash(raw).slice(0, 200);
    if (!value || pending.has(value.toLowerCase().replace(/[.!]{1,20}$/, ''))) return { state: 'pending', key, value, start, end };
    if (format && !format.test(value)) return { state: 'badFormat', key, value, start, end };
    return { state: 'ok' };
  };
  let problem: ApprovalState | null = null;
  for (const e of frontMatterEntries(doc, options.approvalKeys)) {
    const key = e.path.split('.').pop()!;
    const text = typeof e.value === 'object' && e.value !== null && !(e.value instanceof Date) ? [...stringsOf(e.value)].join(', ') : valueText(e.value);
    const verdict = judge(key, text, e.valueStart > e.keyStart ? e.valueStart : e.keyStart, e.valueEnd > e.valueStart ? e.valueEnd : e.keyEnd);
    if (verdict.state === 'ok') return verdict;
    problem ??= verdict;
  }
  for (const seg of doc.prose) {
    if (!/:/.test(seg.text)) continue;
    APPROVAL_LINE.lastIndex = 0;
    for (let m = APPROVAL_LINE.exec(seg.text); m; m = APPROVAL_LINE.exec(seg.text)) {
      const start = seg.start + m.index;
      const verdict = judge(m[0].split(':')[0]!.replace(/[\s>*_-]+/g, ' ').trim(), m[1]!.replace(/[*_]{1,20}$/, ''), start, start + m[0].trimEnd().length);
      if (verdict.state === 'ok') return verdict;
      problem ??= verdict;
    }
  }
  return problem ?? { state: 'missing' };
}
