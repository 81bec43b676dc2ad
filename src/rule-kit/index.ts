/**
 * Helpers that rule modules share: iterating matches over prose with exact offsets, finding the
 * sentence around an offset, masking personal data for messages, reading word lists.
 * Rules import from here and from `src/types.ts` only.
 */
import type { Document, ProseSegment, Sentence } from '../document/types.js';
import { deferredPhraseAlternation } from './phrases.js';
import { lazyRegExp } from './lazy-regexp.js';

export { defineRule } from '../types.js';
export type { CheckContext, CheckFunction, RuleMeta, RuleModule, Document } from '../types.js';
export type { ProseSegment, Sentence, Link, Image, CodeBlock, FrontMatter } from '../document/types.js';
export { getPath } from '../document/front-matter-scopes.js';

/** A match of a pattern in prose, with absolute offsets. */
export interface ProseMatch {
  match: RegExpExecArray;
  start: number;
  end: number;
  segment: ProseSegment;
}

/**
 * Every match of a global regular expression in each prose segment. Offsets are absolute
 * source offsets. Empty matches are skipped safely.
 */
export function* matchProse(prose: readonly ProseSegment[], re: RegExp): Generator<ProseMatch> {
  if (!re.global) throw new Error(`matchProse needs a global pattern: ${re}`);
  for (const segment of prose) {
    re.lastIndex = 0;
    for (let m = re.exec(segment.text); m; m = re.exec(segment.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield { match: m, start: segment.start + m.index, end: segment.start + m.index + m[0].length, segment };
    }
  }
}

/** Every match of a global pattern in a string, with offsets shifted by `base`. */
export function* matchText(text: string, re: RegExp, base = 0): Generator<{ match: RegExpExecArray; start: number; end: number }> {
  if (!re.global) throw new Error(`matchText needs a global pattern: ${re}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield { match: m, start: base + m.index, end: base + m.index + m[0].length };
  }
}

/** Offset of capture group `n` inside a match (needs the `d` flag), or the match start. */
export function groupSpan(m: RegExpExecArray, n: number, base: number): { start: number; end: number } | null {
  const idx = m.indices?.[n];
  if (!idx) return null;
  return { start: base + idx[0], end: base + idx[1] };
}

/** The sentence containing an offset (binary search), or undefined. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  const list = doc.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The prose segment containing an offset, or undefined. */
export function segmentAt(doc: Document, offset: number): ProseSegment | undefined {
  const list = doc.prose;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Collapse runs of white space (masked markup included) to one space. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Mask the letters and digits of a value except `head` leading and `tail` trailing ones;
 * separators stay, so the shape is still readable: `+254 712 345 612` -> `+254 7** *** *12`.
 */
export function maskValue(value: string, head = 2, tail = 2): string {
  let alnum = 0;
  for (const ch of value) if (/[\p{L}\p{N}]/u.test(ch)) alnum++;
  if (alnum <= head + tail) {
    head = Math.min(head, Math.floor(alnum / 3));
    tail = Math.min(tail, Math.floor(alnum / 3));
  }
  let i = 0;
  let out = '';
  for (const ch of value) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      out += i < head || i >= alnum - tail ? ch : '*';
      i++;
    } else out += ch;
  }
  return out;
}

/** Mask an e-mail address: first letter of the local part, the domain in clear (`a***@gmail.com`). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskValue(email);
  return `${email[0]}***${email.slice(at)}`;
}

/** Mask a phone number: country code and first digit, last two digits in clear. */
export function maskPhone(phone: string): string {
  const cc = /^\s*(\+\d{1,3})/.exec(phone);
  const head = cc ? cc[1]!.length : 1;
  return maskValue(phone, head, 2);
}

/**
 * Compile a list of words or phrases into one case-insensitive, global alternation with word
 * boundaries; spaces in phrases match any run of white space. Longest first, so the alternation
 * prefers the longer phrase. Built on first use (`lazyRegExp`): `isPattern`, not `instanceof
 * RegExp`, recognises it.
 */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  if (!phrases.some((p) => p.trim() !== '')) return /(?!)/g;
  return lazyRegExp(`(?<![\\p{L}\\p{N}_])(?:${deferredPhraseAlternation(phrases)})(?![\\p{L}\\p{N}_])`, flags);
}
export * from './document-level.js';

export { quotationSpans, emphasisSpans, segmentQuotes, spanAround, isTitleLike, othersWords, QUOTE_PATTERNS } from './quotes.js';
export type { QuotedSpan, SegmentQuotes, OthersWords } from './quotes.js';
export { DraftCache } from './draft-cache.js';
export { lazyRegExp, isPattern, LazyRegExp, deferredSource, deferredPerList } from './lazy-regexp.js';
export { asciiFirst, asciiFirstSource } from './ascii-first.js';
export { escapeRegExp, spacedAtoms, phraseAlternation, phraseSource, deferredPhraseSource, deferredPhraseAlternation, phraseEntries, trieSource, wordListRegExp, wordStartFor, WORD_START, WORD_END, ASCII_WORD_START } from './phrases.js';
export { segmentWords, keyWords, keyWordTest, hasAnyWord, phraseTest, type PhraseTest, isForeignLanguage, sentenceWindow, TOKEN_PATTERNS } from './tokens.js';
export type { SentenceWindow } from './tokens.js';
