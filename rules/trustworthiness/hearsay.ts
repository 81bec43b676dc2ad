/**
 * `hearsay`: claims presented as second-hand and unverified ("I heard that", "rumour has it",
 * "apparently, the camp will close", "unconfirmed reports").
 */
import { hasAnyWord, keyWordTest, phraseTest, squash, type CheckFunction, type Document, type PhraseTest, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  ADVERB_AT_END, AUXILIARY_BEFORE, HEARD_KEYS, HEARD_THAT, HEARSAY_ADVERB_KEYS, PEOPLE_SAYING_KEYS, PEOPLE_SAYING, TRAILING_COMMA_SPACE, HEARD_WHEN, HEARSAY, HAS_LETTER, HEARSAY_ADVERB, PAREN_AFTER, PAREN_BEFORE, PARTICIPLE_AFTER, SENTENCE_LEAD, WORD_IS,
  phrases,
} from './patterns.js';
import { hasLinkIn, paragraphSourced, segmentIndex, sentenceSpan } from './context.js';
import { HEARSAY_PHRASES } from './words.js';
import type { Options } from './options.js';

const extraCache = new WeakMap<readonly string[], Filtered>();

/** A pattern and a test that a segment must pass for the pattern to match in it. */
type Filtered = readonly [RegExp, PhraseTest];
// The phrase list's pattern matches only where every word of one of its phrases is.
const BUILT_IN: readonly Filtered[] = [[HEARSAY, phraseTest(HEARSAY_PHRASES)], [PEOPLE_SAYING, (seg) => hasAnyWord(seg, PEOPLE_SAYING_KEYS)]];

export const hearsay: CheckFunction<Options> = (doc, ctx) => {
  let extra: Filtered | undefined;
  const list = ctx.options.hearsayPhrases;
  if (list.length) {
    extra = extraCache.get(list) ?? [phrases(list), keyWordTest(list)];
    extraCache.set(list, extra);
  }
  const lists = extra ? [...BUILT_IN, extra] : BUILT_IN;
  // Matches of every pattern, then the longest of overlapping ones, each reported once.
  const found: Array<[number, number]> = [];
  for (const seg of doc.prose) {
    const text = seg.text;
    for (const [re, test] of lists) {
      if (!test(seg)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.push([seg.start + m.index, seg.start + m.index + m[0].replace(TRAILING_COMMA_SPACE, '').length]);
    }
    HEARD_THAT.lastIndex = 0;
    for (let m = hasAnyWord(seg, HEARD_KEYS) ? HEARD_THAT.exec(text) : null; m; m = HEARD_THAT.exec(text)) {
      // "when I heard that the job was open" tells how the author learnt news; a linked sentence gives its source.
      if (HEARD_WHEN.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const sentence = sentenceSpan(doc, seg, seg.start + m.index);
      if (hasLinkIn(doc, sentence.start, sentence.end)) continue;
      found.push([seg.start + m.index, seg.start + m.index + m[0].length]);
    }
    if (text.includes('Word')) {
      WORD_IS.lastIndex = 0;
      for (let m = WORD_IS.exec(text); m; m = WORD_IS.exec(text)) {
        const at = m.index + m[0].indexOf('Word');
        found.push([seg.start + at, seg.start + at + m[1]!.length]);
      }
    }
    HEARSAY_ADVERB.lastIndex = 0;
    for (let m = hasAnyWord(seg, HEARSAY_ADVERB_KEYS) ? HEARSAY_ADVERB.exec(text) : null; m; m = HEARSAY_ADVERB.exec(text)) {
      if (adverbQualifiesClause(doc, seg, m.index, m[0])) found.push([seg.start + m.index, seg.start + m.index + m[0].length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let lastEnd = -1;
  for (const [start, end] of found) {
    if (start < lastEnd) continue;
    lastEnd = end;
    ctx.report({ messageId: 'hearsay', data: { phrase: squash(doc.text.slice(start, end)) }, start, end });
  }
};

/**
 * Whether a hearsay adverb presents a claim as second-hand. Not when the sentence links its
 * source. "Allegedly" unless it closes the sentence as an ironic tag; "reportedly" unless the paragraph names its source; "apparently"
 * and "supposedly" where they open the sentence or stand between commas ("Apparently, the road is
 * closed", "the road, apparently, is closed"), or before a participle ("was apparently closed");
 * not where the author muses ("is apparently a programming language"), nor where "apparently"
 * reads the document quoted right before it ("> The payload is too big." / "Apparently the
 * response had grown past 20 MB"): the evidence is on the page, "as it turned out".
 */
/** Whether the paragraph comes straight after a blockquote (nothing with words in between). */
function followsQuotedEvidence(doc: Document, seg: ProseSegment): boolean {
  if (seg.containers.includes('blockquote')) return false;
  const prose = doc.prose;
  for (let k = segmentIndex(doc, seg) - 1; k >= 0; k--) {
    const p = prose[k]!;
    if (!HAS_LETTER.test(p.text)) continue;
    return p.containers.includes('blockquote') && p.kind === 'paragraph';
  }
  return false;
}

function adverbQualifiesClause(doc: Document, seg: ProseSegment, index: number, word: string): boolean {
  const abs = seg.start + index;
  const sentence = sentenceSpan(doc, seg, abs);
  if (hasLinkIn(doc, sentence.start, sentence.end)) return false;
  const lower = word.toLowerCase();
  const after = seg.text.slice(index + word.length, index + word.length + 40);
  if (lower === 'allegedly') return !ADVERB_AT_END.test(after);
  if (lower === 'reportedly') return !paragraphSourced(doc, seg);
  if (lower === 'apparently' && followsQuotedEvidence(doc, seg)) return false;
  const before = doc.text.slice(sentence.start, abs);
  if (before.length === 0 || SENTENCE_LEAD.test(before) && before.replace(SENTENCE_LEAD, '').length === 0) return true;
  if (PAREN_BEFORE.test(before.trimEnd()) || PAREN_AFTER.test(after)) return true;
  return AUXILIARY_BEFORE.test(seg.text.slice(Math.max(0, index - 12), index)) && PARTICIPLE_AFTER.test(after);
}
