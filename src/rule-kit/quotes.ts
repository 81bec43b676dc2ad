/**
 * Where a prose segment quotes someone else or names a work: quotation marks, emphasis (`*...*`,
 * `_..._`, `<em>`, `<i>`, `<cite>`) and blockquotes. Checks that judge the author's own words
 * (profanity, side-taking, tone) use it to leave other people's words and titles of works alone.
 *
 * Everything here is a single left-to-right scan; the few regular expressions run on a bounded
 * slice (a tag of at most 8 characters, the 30 characters before a span), so it is linear.
 */
import type { Document, ProseSegment } from '../document/types.js';
import { DraftCache } from './draft-cache.js';

/** A span of a segment, as offsets into `segment.text` (end exclusive). */
export interface QuotedSpan {
  /** First character inside the marks. */
  start: number;
  /** Offset of the closing mark. */
  end: number;
  kind: 'quotation' | 'emphasis';
}

/** The longest quotation or emphasis span considered (longer pairs are probably stray marks). */
const MAX_SPAN = 1200;

const OPEN_CLOSE: Record<string, string> = { '\u201c': '\u201d', '\u00ab': '\u00bb', '\u201e': '\u201c', '\u2018': '\u2019' };

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013/-]/u.test(ch);
}

/**
 * Quotation spans of a text: curly and straight double quotes, guillemets, and single quotes
 * that are not apostrophes (an opening mark after a non-letter, a closing one before a
 * non-letter). Unpaired marks are ignored.
 */
export function quotationSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    let close: string | null = null;
    if (ch === '"') close = '"';
    else if (ch === "'" && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) close = "'";
    else if (ch === '\u2018' && !isWordChar(text[i - 1])) close = '\u2019';
    else if (OPEN_CLOSE[ch] && ch !== '\u2018') close = OPEN_CLOSE[ch]!;
    if (close === null) {
      i++;
      continue;
    }
    const single = close === "'" || close === '\u2019';
    let j = i + 1;
    const limit = Math.min(n, i + 1 + MAX_SPAN);
    let found = -1;
    while (j < limit) {
      const c = text[j]!;
      if (c === close && (!single || !isWordChar(text[j + 1]))) {
        // A straight double quote opening a new quotation right away is not a close.
        found = j;
        break;
      }
      if (c === '\n' && text[j + 1] === '\n') break;
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    if (found > i + 1) out.push({ start: i + 1, end: found, kind: 'quotation' });
    i = found + 1;
  }
  return out;
}

/**
 * Emphasis spans in the raw source of a segment: `*a*`, `_a_`, `**a**`, `<em>a</em>`, `<i>`,
 * `<cite>`. Offsets are into the raw slice, which has the segment's length.
 */
export function emphasisSpans(raw: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  const n = raw.length;
  let i = 0;
  let open: { mark: string; at: number } | null = null;
  while (i < n) {
    const ch = raw[i]!;
    if (ch === '<') {
      const m = /^<(\/?)(em|i|cite)>/i.exec(raw.slice(i, i + 8));
      if (m) {
        const closing = m[1] === '/';
        if (!closing) open = { mark: m[2]!.toLowerCase(), at: i + m[0].length };
        else if (open && open.mark === m[2]!.toLowerCase()) {
          if (i - open.at <= MAX_SPAN && i > open.at) out.push({ start: open.at, end: i, kind: 'emphasis' });
          open = null;
        }
        i += m[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      let j = i;
      while (j < n && raw[j] === ch && j - i < 3) j++;
      const run = raw.slice(i, j);
      const before = raw[i - 1];
      const after = raw[j];
      const canOpen = after !== undefined && !/\s/.test(after) && (ch === '*' || !isWordChar(before));
      const canClose = before !== undefined && !/\s/.test(before) && (ch === '*' || !isWordChar(after));
      if (open && open.mark === run && canClose && i > open.at) {
        if (i - open.at <= MAX_SPAN) out.push({ start: open.at, end: i, kind: 'emphasis' });
        open = null;
      } else if (canOpen && (isSpaceOrEdge(before) || !isWordChar(before))) {
        open = { mark: run, at: j };
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Quotation and emphasis spans of a segment, computed once per segment. */
export interface SegmentQuotes {
  spans: QuotedSpan[];
  /** The segment sits inside a blockquote (quoted material, usually someone else's words). */
  blockquote: boolean;
}

const cache = new DraftCache<ProseSegment, SegmentQuotes>('segment quotes');

/** Quotation and emphasis spans of a prose segment (cached per segment). */
export function segmentQuotes(doc: Document, seg: ProseSegment): SegmentQuotes {
  let hit = cache.get(seg);
  if (!hit) {
    const spans = quotationSpans(seg.text);
    const raw = doc.text.slice(seg.start, seg.end);
    if (raw.includes('*') || raw.includes('_') || raw.includes('<')) spans.push(...emphasisSpans(raw));
    spans.sort((a, b) => a.start - b.start);
    hit = { spans, blockquote: seg.containers.includes('blockquote') };
    cache.set(seg, hit);
  }
  return hit;
}

/** The quotation or emphasis span around a segment-relative offset range, if any. */
export function spanAround(spans: readonly QuotedSpan[], from: number, to: number, kind?: QuotedSpan['kind']): QuotedSpan | undefined {
  // Spans are sorted by start and at most MAX_SPAN long: binary-search the last one starting at
  // or before `from`, then look back only as far as a span can reach.
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= from) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let i = last; i >= 0; i--) {
    const s = spans[i]!;
    if (s.start < from - MAX_SPAN - 2) break;
    if (to <= s.end && (!kind || s.kind === kind)) return s;
  }
  return undefined;
}

/** The link (not a definition) whose source range holds an offset, by binary search. */
function linkAt(doc: Document, offset: number): Document['links'][number] | undefined {
  const links = doc.links;
  let lo = 0;
  let hi = links.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (links[mid]!.start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Links do not nest, but an autolink may sit inside a link's range: look back a little.
  for (let i = last; i >= 0 && i >= last - 2; i--) {
    const link = links[i]!;
    if (offset < link.end && link.kind !== 'definition') return link;
  }
  return undefined;
}

const WORK_NOUNS = /\b(?:book|novel|memoir|film|movie|documentary|song|album|track|play|show|series|podcast|episode|article|essay|poem|paper|report|column|talk|lecture|exhibition|title[ds]?|entitled|called|named)\W{0,4}$/i;

/**
 * Whether a quoted or emphasised text reads as the title of a work: most of its longer words are
 * capitalised, or a word such as "book", "film" or "titled" comes right before it.
 */
export function isTitleLike(inner: string, before: string): boolean {
  if (WORK_NOUNS.test(before.slice(-30))) return true;
  const words = inner.split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 14) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w.replace(/['’-]/g, '')));
  return caps.length / long.length >= 0.6;
}

/** First-person speech right before a quotation: the author's own words, not someone else's. */
export const FIRST_PERSON_SPEECH =
  /(?<![\p{L}])(?:I|we|I['’]m|I\s{1,5}was)\s{1,20}(?:[\p{L}'’]{1,20}\s{1,20}){0,2}(?:said|say|says|told|tell|telling|yelled|shouted|screamed|wrote|write|writing|replied|texted|messaged|posted|tweeted|snapped|muttered|swore|called\s{1,5}(?:him|her|them|it)|saying)(?![\p{L}])[^.!?"“]{0,60}$/iu;

/** Words before a quotation that show it mentions words rather than uses them ("the slur"). */
export const MENTION_BEFORE =
  /(?:word|words|term|terms|slur|slurs|phrase|phrases|expression|label|labels|name|names|insult|insults|called|calling|known\s{1,5}as|dubbed|like|such\s{1,5}as|e\.g\.|i\.e\.|hashtag|chant|chanted|chanting|placards?|signs?\s{1,5}(?:read|saying)|graffiti)\W{0,6}$/iu;

/** White space between words. */
const WHITESPACE = /\s+/u;

/** Why a span is not the author's own words, or null when it is. */
export type OthersWords = 'blockquote' | 'quotation' | 'title' | null;

/**
 * Whether a span of a prose segment (offsets relative to `seg.text`) is someone else's words: in
 * a blockquote, in a title of a work (italics, quotation marks or link text that read as a
 * title), or in a quotation. A quotation the author says they said ("I told him ...") is the
 * author's; so are scare quotes of one or two words, unless "slur", "called" or the like
 * introduces them (`shortQuotes: 'mention'`, the default) or any short quotation counts as
 * someone else's (`shortQuotes: 'others'`).
 */
export function othersWords(
  doc: Document,
  seg: ProseSegment,
  from: number,
  to: number,
  shortQuotes: 'mention' | 'others' = 'mention',
): OthersWords {
  const q = segmentQuotes(doc, seg);
  if (q.blockquote) return 'blockquote';
  const link = linkAt(doc, seg.start + from);
  if (link && isTitleLike(link.text, '')) return 'title';
  const span = spanAround(q.spans, from, to);
  if (!span) return null;
  const inner = seg.text.slice(span.start, span.end);
  const before = seg.text.slice(Math.max(0, span.start - 101), Math.max(0, span.start - 1));
  if (span.kind === 'emphasis') return isTitleLike(inner, before) ? 'title' : null;
  if (FIRST_PERSON_SPEECH.test(before)) return null;
  if (isTitleLike(inner, before)) return 'title';
  if (shortQuotes === 'others' || MENTION_BEFORE.test(before)) return 'quotation';
  return inner.trim().split(WHITESPACE).length >= 3 ? 'quotation' : null;
}

/** The patterns above (and the ones `emphasisSpans` and `isTitleLike` use), for ReDoS tests. */
export const QUOTE_PATTERNS: Record<string, RegExp> = { FIRST_PERSON_SPEECH, MENTION_BEFORE, WHITESPACE, WORK_NOUNS };
