/**
 * `think-before-posting/shouting`: sentences written in capitals and runs of "!!!" or "???".
 * Acronyms ("WHO, UNICEF AND WFP") are not shouting, nor are headings (a typographic style,
 * also a paragraph in bold or an HTML heading) unless they exclaim, table cells, legal disclaimers in capitals by convention, or a
 * "???" standing alone as a placeholder.
 */
import { othersWords, segmentQuotes, spanAround, squash, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { capsKind, isLegalCapitals, upperNames } from './capitals.js';
import { CAPS_HINT, EMPHASIS_CLOSE_AFTER, EMPHASIS_SUBTITLE_BEFORE, ENTITY_QUOTE_AFTER, ENTITY_QUOTE_BEFORE, EXCLAIMS, LETTER, LETTER_WORD, LINK_TEXT_AFTER, LINK_TEXT_BEFORE, PLACEHOLDER_AFTER, PLACEHOLDER_BEFORE, POSSESSIVE_EMPHASIS_BEFORE, PSEUDO_HEADING, PUNCT_RUN, QUESTION_ONLY, QUOTE_MARK, SUBTITLE_AFTER } from './patterns.js';
import type { Options } from './options.js';

const namesCache = new WeakMap<readonly string[], Set<string>>();

function orgNames(names: readonly string[]): Set<string> {
  let hit = namesCache.get(names);
  if (!hit) namesCache.set(names, (hit = upperNames(names)));
  return hit;
}

/** A paragraph that is a heading in all but name: wholly bold or italic, or an HTML heading tag. */
function isPseudoHeading(doc: Document, seg: ProseSegment): boolean {
  // A heading is one short line; a long paragraph is not one (and is not worth slicing).
  return seg.end - seg.start <= 520 && PSEUDO_HEADING.test(doc.text.slice(seg.start, seg.end));
}

/**
 * Runs of words in capitals that are shouting, in a paragraph. A run goes on across sentence
 * ends ("STOP. SENDING. ME. FILES.") and stops at a word in lower case or an identifier.
 */
function capsRuns(text: string, minWords: number, names: ReadonlySet<string>, splitAtQuotes = false): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let runStart = -1;
  let runEnd = -1;
  let words = 0;
  let shouts = 0;
  let fn = 0;
  let acronyms = 0;
  const close = (): void => {
    // A sentence, not a list of names: at least one short function word ("THE", "WE", "STOP"),
    // at least one real word in capitals ("SHAME ON YOU ALL"), and fewer acronyms than words
    // ("UNICEF AND WHO JOINT STATEMENT" is a name).
    if (runStart >= 0 && words >= minWords && shouts >= 1 && fn > 0 && acronyms < shouts + fn - 1) runs.push({ start: runStart, end: runEnd });
    runStart = -1;
    words = shouts = fn = acronyms = 0;
  };
  LETTER_WORD.lastIndex = 0;
  for (let m = LETTER_WORD.exec(text); m; m = LETTER_WORD.exec(text)) {
    // Numbers ("3 YEARS") neither break a run nor count in it.
    if (!LETTER.test(m[0])) continue;
    // A single capital with a full stop is an initial ("NELSON A. SMITH"), not the article "A".
    const initial = m[0].length === 1 && text.charCodeAt(m.index + 1) === 46;
    const kind = initial ? 'acronym' : capsKind(m[0], names);
    if (kind === 'lower' || kind === 'code') {
      close();
      continue;
    }
    // A quotation mark ends a run: the words after a closing quote are not the quoted ones.
    if (splitAtQuotes && runStart >= 0 && QUOTE_MARK.test(text.slice(runEnd, m.index))) close();
    if (runStart < 0) runStart = m.index;
    runEnd = m.index + m[0].length;
    if (m[0].length >= 2 || kind === 'function') words++;
    if (kind === 'shout') shouts++;
    if (kind === 'function') fn++;
    if (kind === 'acronym' && m[0].length >= 2) acronyms++;
  }
  close();
  return runs;
}

/** Whether a span stands between quotation marks written as HTML entities ("&ldquo;...&rdquo;"). */
function entityQuoted(text: string, start: number, end: number): boolean {
  return ENTITY_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && ENTITY_QUOTE_AFTER.test(text.slice(end, end + 16));
}

/**
 * Whether a run in capitals is a title (of an event, a talk, a campaign), not shouting: the
 * whole text of a link, or followed by a subtitle in Title Case after a colon. (A date after
 * it is no sign: "TICKETS ARE ON SALE NOW, 3 May" is a clause.)
 * `raw` is the document text at the segment's offsets (markup kept).
 */
function isCapsTitle(raw: string, text: string, start: number, end: number): boolean {
  if (LINK_TEXT_BEFORE.test(raw.slice(Math.max(0, start - 4), start)) && LINK_TEXT_AFTER.test(raw.slice(end, end + 8))) return true;
  const after = text.slice(end, end + 120);
  return SUBTITLE_AFTER.test(after);
}

/**
 * Whether a run of "?!?" closes emphasis that is the title of someone else's work: after a
 * possessive ("Ana's _Why the fork?!?_") or a "Title: Subtitle" in the emphasis.
 */
function isEmphasisTitle(raw: string, start: number, end: number): boolean {
  if (!EMPHASIS_CLOSE_AFTER.test(raw.slice(end, end + 3))) return false;
  const before = raw.slice(Math.max(0, start - 220), start);
  return POSSESSIVE_EMPHASIS_BEFORE.test(before) || EMPHASIS_SUBTITLE_BEFORE.test(before);
}

/** Report sentences in capitals and runs of exclamation or question marks. */
export function shouting(doc: Document, ctx: CheckContext<Options>): void {
  const names = orgNames(ctx.settings.organization.names);
  for (const seg of doc.prose) {
    if (seg.kind === 'tableCell' || !CAPS_HINT.test(seg.text)) continue;
    // Headings in capitals are a typographic style (so is a paragraph that is all bold, or an
    // HTML heading), unless they exclaim.
    if ((seg.kind === 'heading' || isPseudoHeading(doc, seg)) && !EXCLAIMS.test(seg.text)) continue;
    const runs = [];
    for (const whole of capsRuns(seg.text, ctx.options.shoutingMinWords, names)) {
      const text = seg.text.slice(whole.start, whole.end);
      if (isLegalCapitals(text)) continue;
      // A run across a quotation mark ("... ALL THE THINGS!” - **M. K**") is judged part by part.
      if (!QUOTE_MARK.test(text)) runs.push(whole);
      else for (const part of capsRuns(text, ctx.options.shoutingMinWords, names, true)) runs.push({ start: whole.start + part.start, end: whole.start + part.end });
    }
    for (const run of runs) {
      const caps = seg.text.slice(run.start, run.end);
      if (isCapsTitle(doc.text.slice(seg.start, seg.end), seg.text, run.start, run.end)) continue;
      if (ctx.options.ignoreQuoted && (seg.containers.includes('blockquote') || spanAround(segmentQuotes(doc, seg).spans, run.start, run.end, 'quotation') || entityQuoted(seg.text, run.start, run.end))) continue;
      const flat = squash(caps);
      const excerpt = flat.length > 40 ? `${flat.slice(0, 37).trimEnd()}...` : flat;
      ctx.report({ messageId: 'capitals', data: { excerpt }, start: seg.start + run.start, end: seg.start + run.end });
    }
  }
  for (const seg of doc.prose) {
    if (seg.kind === 'tableCell') continue;
    const text = seg.text;
    PUNCT_RUN.lastIndex = 0;
    for (let m = PUNCT_RUN.exec(text); m; m = PUNCT_RUN.exec(text)) {
      const end = m.index + m[0].length;
      // "Owner: ???" is a placeholder, not a question.
      if (QUESTION_ONLY.test(m[0]) && PLACEHOLDER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) && PLACEHOLDER_AFTER.test(text.slice(end, end + 1))) continue;
      // A title of a work ("_Why the fork?!?_") or someone else's words.
      const whose = othersWords(doc, seg, m.index, end);
      if (whose === 'title' || (whose && ctx.options.ignoreQuoted)) continue;
      if (isEmphasisTitle(doc.text.slice(seg.start, seg.end), m.index, end)) continue;
      ctx.report({ messageId: 'punctuation', data: { marks: m[0] }, start: seg.start + m.index, end: seg.start + end });
    }
  }
}
