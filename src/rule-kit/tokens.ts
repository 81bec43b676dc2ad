/**
 * Cheap prefilters for checks: the set of lower-case words of a prose segment (computed once per
 * segment and shared by every check), and key-word sets built from phrase lists. A check that
 * needs one of its key words skips a segment without them before running its patterns.
 */
import type { Document, ProseSegment } from '../document/types.js';
import { DraftCache } from './draft-cache.js';

// Letters and digits; apostrophes and hyphens split words ("don't" -> "don", "t").
const WORD = /[\p{L}\p{N}]+/gu;

/** What a segment's words are, and which indexed key sets they meet (see `hasAnyWord`). */
interface SegmentInfo {
  words: ReadonlySet<string>;
  /** Bit `id` is set when the segment has a word of the key set with that id. */
  bits: Uint32Array;
  /** Key sets with an id below this were indexed when `bits` was computed. */
  upTo: number;
  /** `isForeignLanguage`, once asked (several checks ask it of each segment). */
  foreign?: boolean;
}

const cache = new DraftCache<ProseSegment, SegmentInfo>('segment words');

/**
 * Key sets get an id the first time a check asks about them, and each key word the ids of the sets
 * that hold it; a segment's words then give its bits once, and every later `hasAnyWord` is one
 * bit test instead of a walk over the segment's words. Sets are built once per list (module
 * constants, or cached per configured list), so the index stays small; past `MAX_INDEXED` sets, or
 * for a set that changed size since it was indexed, the walk is used.
 */
const MAX_INDEXED = 2048;
const setIds = new WeakMap<ReadonlySet<string>, { id: number; size: number }>();
const idsByWord = new Map<string, number[]>();
let indexed = 0;

function infoOf(seg: ProseSegment): SegmentInfo {
  let info = cache.get(seg);
  if (!info) {
    const words = wordsOf(seg.text);
    const bits = new Uint32Array((indexed + 31) >>> 5);
    for (const w of words) {
      const ids = idsByWord.get(w);
      if (ids) for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
    }
    info = { words, bits, upTo: indexed };
    cache.set(seg, info);
  }
  return info;
}

/**
 * The distinct lower-case words of a text. Lower-casing the whole text and then cutting it into
 * words gives the same words as cutting first: lower-casing keeps every character a letter, a
 * digit or neither, and maps it to one character, except for two that take the slow path: `İ`,
 * which becomes two, and `Σ`, which depends on the letters around it. The long s `ſ` is read as
 * `s`, as the case-insensitive Unicode patterns read it (`/s/iu` matches it, while lower-casing
 * leaves it as it is), so that a key-word test never skips a paragraph its pattern would match in.
 *
 * The cut is a loop over character codes, with a table for ASCII and the `WORD` class for the
 * rest: it finds the same words as `WORD` (`[\p{L}\p{N}]+`, by code point) at less than half the
 * time and without the array of every word that `match` builds (a serial run spent 0.7 s here).
 */
function wordsOf(text: string): Set<string> {
  if (text.includes('\u0130') || text.includes('\u03A3')) {
    const words = new Set<string>();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.add(foldLongS(m[0].toLowerCase()));
    return words;
  }
  const s = foldLongS(text.toLowerCase());
  const words = new Set<string>();
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const step = wordCharLength(s, i);
    if (step > 0) {
      if (start === -1) start = i;
      i += step;
    } else {
      if (start !== -1) words.add(s.slice(start, i));
      start = -1;
      i++;
    }
  }
  if (start !== -1) words.add(s.slice(start));
  return words;
}

/** 1 for an ASCII letter or digit, else 0. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** One letter or digit (any script), by code point. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The length in code units of the letter or digit at `i` (2 for one beyond the BMP), or 0. */
function wordCharLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c]!;
  const cp = s.codePointAt(i)!;
  const ch = cp > 0xffff ? s.slice(i, i + 2) : s[i]!;
  return WORD_CHAR.test(ch) ? ch.length : 0;
}

const LONG_S = /\u017F/g;
const foldLongS = (lower: string): string => (lower.includes('\u017F') ? lower.replace(LONG_S, 's') : lower);

/** The distinct lower-case words of a segment. */
export function segmentWords(seg: ProseSegment): ReadonlySet<string> {
  return infoOf(seg).words;
}

function idOf(keys: ReadonlySet<string>): number {
  const known = setIds.get(keys);
  if (known) return known.size === keys.size ? known.id : -1;
  if (indexed >= MAX_INDEXED) return -1;
  const id = indexed++;
  setIds.set(keys, { id, size: keys.size });
  for (const k of keys) {
    const ids = idsByWord.get(k);
    if (ids) ids.push(id);
    else idsByWord.set(k, [id]);
  }
  return id;
}

/** Frequent words that make poor keys: a phrase's key is its longest word not among them. */
const FREQUENT = new Set([
  'the', 'and', 'that', 'this', 'with', 'what', 'have', 'from', 'your', 'they', 'them', 'then', 'than', 'will',
  'been', 'were', 'when', 'where', 'which', 'there', 'their', 'about', 'into', 'just', 'like', 'more', 'some',
  'very', 'would', 'could', 'should', 'these', 'those', 'does', 'doesn', 'didn', 'don', 'can', 'isn', 'aren',
  'for', 'you', 'our', 'are', 'was', 'not', 'but', 'all', 'out', 'has', 'had', 'its', 'who', 'how', 'why',
]);

/**
 * Key words of a phrase list: for each phrase, its longest word that is not a frequent one (or
 * its longest word, if all are), in lower case. A segment that has none of them cannot match
 * any phrase of the list.
 */
export function keyWords(...lists: ReadonlyArray<readonly string[]>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const phrase of list) {
      let best = '';
      let bestRare = '';
      WORD.lastIndex = 0;
      for (let m = WORD.exec(phrase); m; m = WORD.exec(phrase)) {
        const w = m[0].toLowerCase();
        if (w.length > best.length) best = w;
        if (w.length >= 3 && !FREQUENT.has(w) && w.length > bestRare.length) bestRare = w;
      }
      const key = bestRare || best;
      if (key) out.add(key);
    }
  }
  return out;
}

/** Whether a segment has any of the key words. */
export function hasAnyWord(seg: ProseSegment, keys: ReadonlySet<string>): boolean {
  const info = infoOf(seg);
  const id = idOf(keys);
  if (id >= 0 && id < info.upTo) return (info.bits[id >>> 5]! & (1 << (id & 31))) !== 0;
  const words = info.words;
  if (keys.size < words.size) {
    for (const k of keys) if (words.has(k)) return true;
    return false;
  }
  for (const w of words) if (keys.has(w)) return true;
  return false;
}

/** Whether a paragraph can hold a phrase of a list (all of the phrase's words are in it). */
export type PhraseTest = (seg: ProseSegment) => boolean;

/**
 * A key-word test for a configured phrase list (`keyWords`). A phrase with no letter or digit has
 * no key word, so a list holding one gets a test that passes every paragraph.
 */
export function keyWordTest(list: readonly string[]): PhraseTest {
  if (!list.every((p) => /[\p{L}\p{N}]/u.test(p) || !p.trim())) return () => true;
  const keys = keyWords(list);
  return (seg) => hasAnyWord(seg, keys);
}

/**
 * A test tighter than key words for lists of phrases (words joined by spaces or hyphens): a
 * paragraph passes only if it has the key word of some phrase and that phrase's other words too
 * ("stand with" needs "stand" as well as "with"; "you people" needs "you", so a paragraph about
 * "people" alone is skipped). Exact: a phrase can only match where all its words are.
 */
export function phraseTest(list: readonly string[]): PhraseTest {
  const byKey = new Map<string, string[][]>();
  for (const phrase of list) {
    const key = [...keyWords([phrase])][0];
    if (key === undefined) continue;
    const rest = [...new Set((phrase.toLowerCase().match(WORD) ?? []).filter((w) => w !== key))];
    const group = byKey.get(key) ?? [];
    group.push(rest);
    byKey.set(key, group);
  }
  const keys = new Set(byKey.keys());
  const keyList = [...byKey.keys()];
  const groupList = [...byKey.values()];
  return (seg) => {
    if (!hasAnyWord(seg, keys)) return false;
    const words = segmentWords(seg);
    // Whichever is smaller is walked: a list of a few hundred phrases against a paragraph of a
    // few dozen words, or a long paragraph against a short list (a serial run spent 0.3 s here
    // walking every key). Plain loops over arrays: this runs on most paragraphs, and closures and
    // map entries made here were 3% of what a serial run allocated.
    if (words.size < keyList.length) {
      for (const w of words) {
        const groups = byKey.get(w);
        if (groups !== undefined && anyHolds(groups, words)) return true;
      }
    } else {
      for (let i = 0; i < keyList.length; i++) if (words.has(keyList[i]!) && anyHolds(groupList[i]!, words)) return true;
    }
    return false;
  };
}

/** Whether `words` holds every word of one of `groups`. */
function anyHolds(groups: readonly string[][], words: ReadonlySet<string>): boolean {
  for (const rest of groups) {
    let all = true;
    for (const w of rest) {
      if (!words.has(w)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** Frequent English words, and frequent words of other languages staff write in that English lacks. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'was', 'with', 'for', 'that', 'this', 'it', 'on', 'we', 'you', 'they', 'be', 'have', 'not', 'but', 'or', 'from', 'by', 'at', 'as', 'our', 'my', 'will', 'has', 'an']);
const FOREIGN = new Set([
  // French
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'dans', 'sur', 'avec', 'nous', 'vous', 'sont', 'aux', 'cette', 'mais', 'qui', 'été', 'être', 'avons', 'leur', 'ces', 'très', 'aussi', 'comme',
  // Spanish and Portuguese
  'el', 'los', 'las', 'del', 'y', 'es', 'una', 'para', 'por', 'con', 'pero', 'sus', 'está', 'muy', 'también', 'os', 'da', 'dos', 'das', 'é', 'uma', 'com', 'não', 'são', 'mais', 'como',
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'mit', 'für', 'auf', 'ein', 'eine', 'wir', 'sie', 'zu', 'dem', 'auch', 'sich',
]);

/**
 * Whether a segment reads as another language than English: at least three frequent words of
 * French, Spanish, Portuguese or German, and more than twice as many as frequent English words.
 * English word lists ("con", "tard") then say nothing about it.
 */
export function isForeignLanguage(seg: ProseSegment): boolean {
  const info = infoOf(seg);
  if (info.foreign !== undefined) return info.foreign;
  let en = 0;
  let other = 0;
  for (const w of info.words) {
    if (ENGLISH.has(w)) en++;
    else if (FOREIGN.has(w)) other++;
  }
  return (info.foreign = other >= 3 && other > 2 * en);
}

/** The word pattern above, for ReDoS tests. */
export const TOKEN_PATTERNS: Record<string, RegExp> = { WORD };

/** A window of a sentence around a span: bounded, so per-match tests stay linear in long text. */
export interface SentenceWindow {
  /** The clipped sentence text (masked like the prose). */
  text: string;
  /** Absolute offset of `text[0]`. */
  start: number;
}

/**
 * The sentence around an absolute span, clipped to `radius` characters on either side (a draft
 * without full stops can be one 100 KB "sentence"). Falls back to the segment around the span.
 */
export function sentenceWindow(doc: Document, start: number, end: number, radius = 300): SentenceWindow {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let from = Math.max(0, start - radius);
  let to = Math.min(doc.text.length, end + radius);
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else {
      from = Math.max(s.start, from);
      to = Math.min(s.end, to);
      break;
    }
  }
  return { text: doc.text.slice(from, Math.max(from, to)), start: from };
}
