/**
 * Cheap prefilters for checks: the set of lower-case words of a prose segment (computed once per
 * segment and shared by every check), and key-word sets built from phrase lists. A check that
 * needs one of its key words skips a segment without them before running its patterns.
 */
import type { ProseSegment } from '../document/types.js';

// Letters and digits; apostrophes and hyphens split words ("don't" -> "don", "t").
const WORD = /[\p{L}\p{N}]+/gu;

const cache = new WeakMap<ProseSegment, ReadonlySet<string>>();

/** The distinct lower-case words of a segment. */
export function segmentWords(seg: ProseSegment): ReadonlySet<string> {
  let hit = cache.get(seg);
  if (!hit) {
    const set = new Set<string>();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(seg.text); m; m = WORD.exec(seg.text)) set.add(m[0].toLowerCase());
    hit = set;
    cache.set(seg, hit);
  }
  return hit;
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
        if (!FREQUENT.has(w) && w.length > bestRare.length) bestRare = w;
      }
      const key = bestRare || best;
      if (key) out.add(key);
    }
  }
  return out;
}

/** Whether a segment has any of the key words. */
export function hasAnyWord(seg: ProseSegment, keys: ReadonlySet<string>): boolean {
  const words = segmentWords(seg);
  if (keys.size < words.size) {
    for (const k of keys) if (words.has(k)) return true;
    return false;
  }
  for (const w of words) if (keys.has(w)) return true;
  return false;
}

/** The word pattern above, for ReDoS tests. */
export const TOKEN_PATTERNS: Record<string, RegExp> = { WORD };
