/**
 * Quotations in a draft and whether they say who is quoted: blockquotes that open with a
 * quotation mark, and paragraphs that are one quotation from end to end. A series of quotations
 * (survey comments, testimonials) counts as one, introduced by the paragraph before it.
 *
 * Blockquotes without quotation marks are left alone: in practice they are notes, callouts,
 * excerpts of documentation, pull quotes and asides far more often than unattributed quotations.
 */
import type { Document, ProseSegment } from '../../src/rule-kit/index.js';
import {
  ATTRIBUTION, CITE_MARKUP, DASH_NAME, ENDS_WITH_QUESTION, EXAMPLE_INTRO, PERSON_INTRO, FROM_NAME, HAS_LETTER, HAS_QUOTE_MARK, INNER_CLOSE_THEN_TEXT,
  LEADING_DASH, NOT_LETTER_OR_DIGIT, SENTENCE_INSIDE_QUOTE, PAREN_NAME, QUOTE_CLOSE, QUOTE_GAP, QUOTE_OPEN, QUOTE_THEN_NAME, WORD_TOKEN,
} from './patterns.js';
import { hasLinkIn } from './context.js';

/** A quotation with no attribution: where to report it. */
export interface UnattributedQuote {
  start: number;
  end: number;
}

/** Quoted blockquotes shorter than this are labels or sample wording, not quotations. */
const MIN_BLOCKQUOTE_WORDS = 6;
/** A quoted paragraph shorter than this is an example phrase or a term. */
const MIN_PARAGRAPH_WORDS = 4;

/** Quotations that name no speaker or source, in their own text or in the paragraphs around them. */
export function unattributedQuotes(doc: Document): UnattributedQuote[] {
  const out: UnattributedQuote[] = [];
  const prose = doc.prose;
  let ownText: string | null = null;
  for (let i = 0; i < prose.length; i++) {
    const seg = prose[i]!;
    if (seg.kind === 'frontMatter') continue;
    const inQuote = seg.containers.includes('blockquote');
    if (!inQuote && !isQuotedParagraph(seg, 1)) continue;
    // A series: consecutive blockquotes (or quoted paragraphs) with only blank lines between.
    let j = i;
    while (j + 1 < prose.length && sameSeries(doc, prose[j]!, prose[j + 1]!, inQuote)) j++;
    const group = prose.slice(i, j + 1);
    const before = previousWithWords(prose, i);
    const start = i;
    const after = prose[j + 1];
    i = j;
    const text = group.map((g) => g.text).join('\n');
    if (inQuote ? !blockquoteIsQuotation(text.trimStart()) : !group.some((g) => isQuotedParagraph(g)) || ENDS_WITH_QUESTION.test(text)) continue;
    if (attributed(doc, group, text, before, after)) continue;
    if (namesEarlierLink(doc, prose, start, text)) continue;
    // A pull quote repeats the post's own words.
    ownText ??= letters(prose.filter((p) => !p.containers.includes('blockquote') && !isQuotedParagraph(p, 1)).map((p) => p.text).join(' '));
    const head = letters(group[0]!.text).slice(0, 60);
    if (head.length >= 30 && ownText.includes(head)) continue;
    out.push(firstLine(doc, group[0]!));
  }
  return out;
}

/** A paragraph that is one quotation from end to end (not in a list or a table). */
function isQuotedParagraph(seg: ProseSegment, minWords = MIN_PARAGRAPH_WORDS): boolean {
  if (seg.kind !== 'paragraph' || seg.containers.length > 0) return false;
  if (!QUOTE_OPEN.test(seg.text) || !QUOTE_CLOSE.test(seg.text) || wordCount(seg.text) < minWords) return false;
  // A whole sentence ends inside the quotation (not "“So a WIP limit is…”").
  if (!SENTENCE_INSIDE_QUOTE.test(seg.text)) return false;
  // No closing mark followed by more prose in the middle ("“Yes,” she said, “...”").
  return !INNER_CLOSE_THEN_TEXT.test(seg.text.trim().slice(1, -2));
}

function sameSeries(doc: Document, a: ProseSegment, b: ProseSegment, blockquotes: boolean): boolean {
  const next = blockquotes ? b.containers.includes('blockquote') : isQuotedParagraph(b, 1);
  return next && QUOTE_GAP.test(doc.text.slice(a.end, b.start));
}

/** A blockquote that opens with a quotation mark, is not very short and is not a question. */
function blockquoteIsQuotation(text: string): boolean {
  return QUOTE_OPEN.test(text) && wordCount(text) >= MIN_BLOCKQUOTE_WORDS && !ENDS_WITH_QUESTION.test(text);
}

/** The previous prose segment that has some words (skips blank template paragraphs). */
function previousWithWords(prose: readonly ProseSegment[], i: number): ProseSegment | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const p = prose[k]!;
    if (!HAS_LETTER.test(p.text)) continue;
    return p.kind === 'frontMatter' ? undefined : p;
  }
  return undefined;
}

/**
 * Whether a quotation names its source: a link, a speech verb, a dash signature or a name after
 * the closing mark inside it; an interview question, a line of dialogue, an introduction that
 * names the speaker ("As Amina put it:", "Tip from Dan", "Amina Yusuf is the head nurse.", not
 * just "one line:") or that presents sample wording ("An example is:") before it; a signature or
 * source line right after it.
 */
function attributed(doc: Document, group: readonly ProseSegment[], text: string, before: ProseSegment | undefined, after: ProseSegment | undefined): boolean {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  if (hasLinkIn(doc, first.start, last.end)) return true;
  if (ATTRIBUTION.test(text) || DASH_NAME.test(text) || PAREN_NAME.test(text) || QUOTE_THEN_NAME.test(text)) return true;
  if (CITE_MARKUP.test(doc.text.slice(first.start, last.end))) return true;
  if (before) {
    if (ENDS_WITH_QUESTION.test(before.text) || HAS_QUOTE_MARK.test(before.text)) return true;
    if (before.kind === 'heading') {
      if (FROM_NAME.test(before.text) || ATTRIBUTION.test(before.text)) return true;
    } else if (ATTRIBUTION.test(before.text) || EXAMPLE_INTRO.test(before.text) || PERSON_INTRO.test(before.text)) return true;
    else if (hasLinkIn(doc, before.start, before.end) && doc.lineOf(first.start) - doc.lineOf(before.end) <= 2) return true;
  }
  if (after && doc.lineOf(after.start) - doc.lineOf(last.end) <= 2) {
    const head = after.text.slice(0, 120);
    if (LEADING_DASH.test(head) || ATTRIBUTION.test(head) || PAREN_NAME.test(head)) return true;
    // A short source line right after it: "[Title](link), Publisher".
    if (hasLinkIn(doc, after.start, after.end) && wordCount(after.text) <= 25) return true;
  }
  return false;
}

/** How many paragraphs (headings not counted) before a quotation an earlier link can source it. */
const LINK_LOOKBACK = 3;
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.]{0,40}/gu;
const TWO_CAPITALS = /\p{Lu}[^\p{Lu}]{0,40}\p{Lu}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;
const HAS_DIGIT = /\p{N}/u;

/**
 * A quotation of a document the post has just linked: a link in one of the few paragraphs before
 * it names something ("[Intelligent Tracking Prevention (ITP) 2.1](…)", "[the WHO guidance](…)")
 * that the quotation names too ("With ITP 2.1, …"). A link to something else, or further back, does not.
 */
function namesEarlierLink(doc: Document, prose: readonly ProseSegment[], index: number, quote: string): boolean {
  const names = new Set<string>();
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < LINK_LOOKBACK; k--) {
    const p = prose[k]!;
    if (p.kind === 'frontMatter') break;
    if (!HAS_LETTER.test(p.text)) continue;
    // Headings do not count towards the distance: a section break does not change the source.
    if (p.kind !== 'heading') seen++;
    for (const link of doc.links) {
      if (link.start >= p.end) break;
      if (link.end <= p.start) continue;
      for (const t of tokens(link.text)) if (TWO_CAPITALS.test(t) || CAPITALISED.test(t) || HAS_DIGIT.test(t) && HAS_LETTER.test(t)) names.add(t);
    }
  }
  if (names.size === 0) return false;
  const words = tokens(quote);
  // Not the quotation's first word: a capital there is only the start of a sentence.
  for (let w = 1; w < words.length; w++) if (names.has(words[w]!)) return true;
  return false;
}

function tokens(text: string): string[] {
  NAME_TOKEN.lastIndex = 0;
  const out: string[] = [];
  for (let m = NAME_TOKEN.exec(text); m; m = NAME_TOKEN.exec(text)) {
    let t = m[0];
    while (t.endsWith('.')) t = t.slice(0, -1);
    out.push(t);
  }
  return out;
}

function letters(text: string): string {
  return text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
}

function wordCount(text: string): number {
  WORD_TOKEN.lastIndex = 0;
  let n = 0;
  while (WORD_TOKEN.exec(text)) n++;
  return n;
}

function firstLine(doc: Document, seg: ProseSegment): UnattributedQuote {
  const lead = seg.text.length - seg.text.trimStart().length;
  const start = seg.start + lead;
  let end = start;
  while (end < seg.end && doc.text[end] !== '\n' && doc.text[end] !== '\r') end++;
  while (end > start && (doc.text[end - 1] === ' ' || doc.text[end - 1] === '\t')) end--;
  return { start, end };
}
