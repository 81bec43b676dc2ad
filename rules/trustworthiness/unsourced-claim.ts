/**
 * `unsourced-claim`: statistics and factual claims about people and the world with no link or
 * named source in the same sentence or paragraph: percentages of a population, large counts of
 * people, rates ("one in five children"), "studies show", "according to a report".
 *
 * Not claims: figures about the author's own work ("we trained 1,200 nurses", "43% of our staff",
 * a programme's reach or its visitors), also where the post calls itself by its name ("since we
 * launched Harbourlight Lab ... Harbourlight Lab staff"), figures a quoted speaker gives, figures
 * read off the app or page the post walks the reader through, examples, data listings (benchmark
 * lines, release notes) and titles. In meeting notes, an impersonal "it has been shown that"
 * records what the meeting concluded.
 */
import { hasAnyWord, squash, type CheckFunction, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  CLAIM, CLAIM_KEYS, COUNT, COUNT_HARM, COUNT_PREFILTER, PERCENT_PREFILTER, RATE_PREFILTER, COUNT_RATE, COUNT_STATE, ENDS_LIKE_SENTENCE, ENGAGEMENT_AFTER, FIGURE_PREFILTER, HYPOTHETICAL, NUMBER_TOKEN, OWN_ACTIVITY, OWN_DATA, PARA_SPEECH,
  PERCENT, PERCENT_OF_EFFORT, POPULATION_VERB_END, RATE, RESULTS_TITLE, SERVICE_BEFORE, SPEECH, STAT_CONTEXT, WHOLE_POPULATION, WORD_TOKEN, WORLD_SCOPE_WORDS, YEAR_ONLY,
  IMPERSONAL_CLAIM,
} from './patterns.js';
import { isBodyProse, isMeetingNotes, listIntro, paragraphSourced, quoteTracker, readsOffTool, selfReferenceOf, sentenceSpan, test } from './context.js';
import type { Options } from './options.js';

interface Candidate {
  start: number;
  end: number;
  kind: 'claim' | 'percent' | 'count' | 'rate';
}

/** Paragraphs with fewer words are labels or list fragments ("29% Low"), not claims. */
const MIN_WORDS = 5;
/** A paragraph this short with no full stop is a title or a label. */
const TITLE_WORDS = 15;
/** How far around a percentage the population or topic it measures must be named. */
const PERCENT_WINDOW = 60;

export const unsourcedClaim: CheckFunction<Options> = (doc, ctx) => {
  // A post that reports its own survey or metrics is the source of its figures.
  const resultsPost = isResultsPost(doc);
  // Both are computed (and cached per document) only for a candidate that needs them.
  const bySelfName = (sentence: string): boolean => {
    const self = selfReferenceOf(doc);
    return self !== null && test(self, sentence);
  };
  for (const seg of doc.prose) {
    if (!isBodyProse(seg) || !FIGURE_PREFILTER.test(seg.text)) continue;
    const found = candidates(seg);
    if (found.length === 0 || isDataOrTitle(seg)) continue;
    // What the paragraph says of itself is read once, and only when a figure needs it.
    let paragraphOwn: boolean | undefined;
    let ownActivity: boolean | undefined;
    const ownOrQuoted = (sentence: string): boolean => {
      if (paragraphOwn === undefined) {
        // A list takes the voice of the paragraph that introduces it ("Since launch, we've seen:").
        const intro = listIntro(doc, seg);
        paragraphOwn = resultsPost || test(OWN_DATA, seg.text) || (intro !== undefined && (test(OWN_DATA, intro.text) || test(OWN_ACTIVITY, intro.text))) || test(PARA_SPEECH, seg.text) || readsOffTool(doc, seg);
      }
      if (paragraphOwn) return true;
      ownActivity ??= test(OWN_ACTIVITY, seg.text);
      return ownActivity && !test(WORLD_SCOPE_WORDS, sentence);
    };
    const doneSentences = new Set<number>();
    const quoted = quoteTracker(seg.text);
    for (const c of found) {
      const abs = seg.start + c.start;
      const sentence = sentenceSpan(doc, seg, abs);
      if (doneSentences.has(sentence.start)) continue;
      if (quoted(c.start)) continue;
      if (!isClaim(doc, seg, c, sentence, ownOrQuoted, bySelfName)) continue;
      if (c.kind === 'claim' && IMPERSONAL_CLAIM.test(seg.text.slice(c.start, c.end)) && isMeetingNotes(doc)) continue;
      // A paragraph that carries its source needs none per figure.
      if (paragraphSourced(doc, seg)) break;
      doneSentences.add(sentence.start);
      ctx.report({
        messageId: c.kind === 'claim' ? 'unsourcedClaim' : 'unsourcedFigure',
        data: { phrase: squash(doc.text.slice(abs, seg.start + c.end)) },
        start: abs,
        end: seg.start + c.end,
      });
    }
  }
};

/**
 * Whether a candidate is a claim about the world that needs a source. The cheap tests of the
 * figure's own neighbourhood come first; the sentence- and paragraph-wide ones only for figures
 * that pass them.
 */
function isClaim(
  doc: Document,
  seg: ProseSegment,
  c: Candidate,
  sentence: { text: string; start: number; end: number },
  ownOrQuoted: (sentence: string) => boolean,
  bySelfName: (sentence: string) => boolean,
): boolean {
  if (c.kind === 'claim') return !test(OWN_ACTIVITY, sentence.text) && !bySelfName(sentence.text);
  if (c.kind === 'count') {
    const before = seg.text.slice(Math.max(0, c.start - 60), c.start);
    const after = seg.text.slice(c.end, c.end + 60);
    if (SERVICE_BEFORE.test(before) || ENGAGEMENT_AFTER.test(after) || WHOLE_POPULATION.test(before)) return false;
    // A record ("3,812 soldiers are buried here") is not a statistic; a state, harm, estimate or rate is.
    const match = seg.text.slice(c.start, c.end);
    if (!(COUNT_STATE.test(after) || POPULATION_VERB_END.test(match) || COUNT_HARM.test(before) || test(COUNT_RATE, sentence.text))) return false;
  } else if (c.kind === 'percent') {
    const after = seg.text.slice(c.end, c.end + 60);
    if (ENGAGEMENT_AFTER.test(after) || PERCENT_OF_EFFORT.test(after)) return false;
    // The population or topic it measures must be named near it ("40% of children", "GDP fell 5%").
    const from = Math.max(sentence.start, seg.start + c.start - PERCENT_WINDOW);
    const to = Math.min(sentence.end, seg.start + c.end + PERCENT_WINDOW);
    if (!test(STAT_CONTEXT, doc.text.slice(from, to))) return false;
  }
  return !test(OWN_ACTIVITY, sentence.text) && !test(SPEECH, sentence.text) && !test(HYPOTHETICAL, sentence.text) && !ownOrQuoted(sentence.text) && !bySelfName(sentence.text);
}

/** Whether the title or first heading says the post reports results ("Survey results", "2024 in numbers"). */
function isResultsPost(doc: Document): boolean {
  const title = doc.prose.find((p) => p.kind === 'frontMatter' && p.key === 'title') ?? doc.prose.find((p) => p.kind === 'heading');
  return title !== undefined && RESULTS_TITLE.test(title.text);
}

/** Claims and figures in a paragraph, in text order. */
function candidates(seg: ProseSegment): Candidate[] {
  const text = seg.text;
  const found: Candidate[] = [];
  CLAIM.lastIndex = 0;
  for (let m = hasAnyWord(seg, CLAIM_KEYS) ? CLAIM.exec(text) : null; m; m = CLAIM.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'claim' });
  if (PERCENT_PREFILTER.test(text)) {
    PERCENT.lastIndex = 0;
    for (let m = PERCENT.exec(text); m; m = PERCENT.exec(text)) {
      const value = Number(m[1]!.replace(',', '.'));
      if (value === 0 || value === 100) continue;
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'percent' });
    }
  }
  COUNT.lastIndex = 0;
  for (let m = COUNT_PREFILTER.test(text) ? COUNT.exec(text) : null; m; m = COUNT.exec(text)) {
    if (YEAR_ONLY.test(m[1]!)) {
      // A year, not a count ("in 2015 refugees arrived"): go on just after it.
      COUNT.lastIndex = m.index + m[1]!.length;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length, kind: 'count' });
  }
  RATE.lastIndex = 0;
  for (let m = RATE_PREFILTER.test(text) ? RATE.exec(text) : null; m; m = RATE.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'rate' });
  return found.sort((a, b) => a.start - b.start || (a.kind === 'claim' ? -1 : 1));
}

/**
 * A paragraph of mostly numbers (a benchmark line, a list of metrics), one too short to be a
 * claim, or a title (a short paragraph outside a list with no full stop).
 */
function isDataOrTitle(seg: ProseSegment): boolean {
  let words = 0;
  WORD_TOKEN.lastIndex = 0;
  while (WORD_TOKEN.exec(seg.text)) words++;
  if (words < MIN_WORDS) return true;
  if (words <= TITLE_WORDS && !seg.containers.includes('listItem') && !ENDS_LIKE_SENTENCE.test(seg.text)) return true;
  let numbers = 0;
  NUMBER_TOKEN.lastIndex = 0;
  while (NUMBER_TOKEN.exec(seg.text)) numbers++;
  return numbers >= 4 && numbers / words > 0.25;
}
