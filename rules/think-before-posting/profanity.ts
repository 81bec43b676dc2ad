/**
 * `think-before-posting/profanity`: profanity and slurs in the author's own words.
 *
 * Words come from the maintained `cuss` list (sureness 2 only, see `profanity-words.ts`). Code is
 * never prose, so it is never read; quotations of other people, blockquotes and titles of works
 * ("*Bullshit Jobs*") are left alone unless `ignoreQuoted` is off; a capitalised word inside a
 * name ("Dick Smith") is a name.
 */
import { hasAnyWord, isForeignLanguage, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { APOSTROPHE_TAIL, CAMEL_CASE, CAPITAL_BEFORE, CAPITAL_START, CAPITAL_NEXT, CAPITALISED, DEPENDENCY_AFTER, DEPENDENCY_BEFORE, LINKED_TITLE_AND_BEFORE, NOT_EXCLAIMED_AFTER, TITLE_CASE_AND_BEFORE, WORK_NOUN_AFTER, INSULT_ONLY, LETTER, MASK_HINT, MASKED_PROFANITY, NAME_PREFIX, WORD_TOKEN } from './patterns.js';
import { INSULT_ONLY_KEYS } from './keys.js';
import { lexiconFor, type ProfanityLexicon } from './profanity-lexicon.js';
import { othersWords } from './quoting.js';
import type { Options } from './options.js';

interface Hit {
  start: number;
  end: number;
  word: string;
}

/** "fuck" -> "f***": a finding names the word without printing it. */
export function maskWord(word: string): string {
  let out = '';
  let seen = 0;
  for (const ch of word) {
    if (LETTER.test(ch)) out += seen++ === 0 ? ch : '*';
    else out += ch;
  }
  return out;
}

/**
 * A word that is part of a name or an identifier, not an expletive: a capitalised word next to
 * another one ("Chrissie Coon", "Dick Smith") or after "Mr", "Dr"; a handle in camel case
 * ("daGo"); a word before "podcast", "film" and the like (a title).
 */
function looksLikeName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (CAMEL_CASE.test(word)) return true;
  if (WORK_NOUN_AFTER.test(text.slice(end, end + 60))) return true;
  if (!CAPITALISED.test(word)) return false;
  const before = text.slice(Math.max(0, start - 34), start);
  if (NAME_PREFIX.test(before) || CAPITAL_BEFORE.test(before)) return true;
  return CAPITAL_NEXT.test(text.slice(end, end + 4));
}

/**
 * A word used as a name where the raw text shows it: a software dependency ("depends on xyz",
 * the whole object), or a name in capitals coordinated with a title just before it ("[Some
 * Show](url) and XYZ are", "Some Show and XYZ are"), not exclaimed.
 */
function namedInContext(raw: string, start: number, end: number): boolean {
  const before = raw.slice(Math.max(0, start - 340), start);
  const after = raw.slice(end, end + 12);
  if (DEPENDENCY_BEFORE.test(before.slice(-40)) && DEPENDENCY_AFTER.test(after)) return true;
  if (!CAPITAL_START.test(raw.slice(start, end)) || !NOT_EXCLAIMED_AFTER.test(after)) return false;
  return LINKED_TITLE_AND_BEFORE.test(before) || TITLE_CASE_AND_BEFORE.test(before.slice(-140));
}

function hitsIn(seg: ProseSegment, lexicon: ProfanityLexicon): Hit[] {
  const text = seg.text;
  const hits: Hit[] = [];
  const { words, phrases, phraseKeys } = lexicon;
  if (hasAnyWord(seg, words)) {
    WORD_TOKEN.lastIndex = 0;
    for (let m = WORD_TOKEN.exec(text); m; m = WORD_TOKEN.exec(text)) {
      const lower = m[0].toLowerCase();
      const bare = lower.replace(APOSTROPHE_TAIL, '');
      if (words.has(lower) || words.has(bare)) hits.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
    }
  }
  const runs: RegExp[] = [];
  if (hasAnyWord(seg, phraseKeys)) runs.push(phrases);
  if (MASK_HINT.test(text)) runs.push(MASKED_PROFANITY);
  for (const re of runs) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  INSULT_ONLY.lastIndex = 0;
  for (let m = hasAnyWord(seg, INSULT_ONLY_KEYS) ? INSULT_ONLY.exec(text) : null; m; m = INSULT_ONLY.exec(text)) {
    const g = m.indices?.[1] ?? m.indices?.[2];
    if (!g) continue;
    const word = text.slice(g[0], g[1]);
    // Lower case only: "Dick" and "Cock" are names and places.
    if (word === word.toLowerCase()) hits.push({ start: g[0], end: g[1], word });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

/** Report each profane word or slur in the author's own words. */
export function profanity(doc: Document, ctx: CheckContext<Options>): void {
  const lexicon = lexiconFor(ctx.options.allowWords, ctx.options.extraWords);
  for (const seg of doc.prose) {
    if (isForeignLanguage(seg)) continue;
    for (const hit of hitsIn(seg, lexicon)) {
      if (looksLikeName(seg.text, hit.start, hit.end)) continue;
      if (namedInContext(doc.text.slice(seg.start, seg.end), hit.start, hit.end)) continue;
      if (ctx.options.ignoreQuoted && othersWords(doc, seg, hit.start, hit.end)) continue;
      ctx.report({
        messageId: 'profanity',
        data: { word: maskWord(hit.word) },
        start: seg.start + hit.start,
        end: seg.start + hit.end,
      });
    }
  }
}
