/**
 * `think-before-posting/confidential`: internal, confidential or embargoed material in a draft:
 * handling markings ("for internal use only", "not for distribution"), material called
 * confidential ("the confidential memo", "this is strictly confidential"), embargo labels,
 * leaked or internal documents the draft quotes, things told "in confidence", and figures "not
 * yet public" that the draft goes on to give. A public service described as confidential ("a
 * free, confidential helpline", "file a confidential report") and policies about confidentiality
 * are not findings.
 */
import { hasAnyWord, sentenceWindow, squash, type CheckContext, type Document, type PhraseTest, type ProseSegment } from '../../src/rule-kit/index.js';
import { CONFIDENTIAL_SERVICES, HANDLING_VERBS, SERVICE_VERBS } from './confidential-phrases.js';
import {
  ARTEFACT,
  BEFORE_RELEASE,
  LEAKING_THIS,
  PREVIOUS_MANY_WORDS,
  RELATIVE_COPULA,
  CONFIDENTIAL_WORD,
  CONTENT_COPULA,
  DISCLOSURE_AFTER,
  DISCLOSURE_BUT_TAIL,
  DISCLOSURE_CUES,
  DO_NOT_PUBLISH_BEFORE,
  EMBARGO_TIME,
  IN_CONFIDENCE,
  INTERNAL_DOC,
  LABEL_AFTER,
  LABEL_BEFORE,
  LABEL_MARKING,
  LABEL_START,
  LEAKED,
  LEAK_FROM,
  LOWER_CASE,
  MARKING,
  NEXT_WORDS,
  NOT_YET_PUBLIC,
  NOT_YET_SUBJECT,
  PREVIOUS_WORDS,
  REVEAL_AFTER,
  REVEAL_BEFORE,
  CAPITAL_START,
  COLON_AFTER,
  OPEN_BRACKET_BEFORE,
  WORD_SEPARATOR,
} from './patterns.js';
import {
  BEFORE_RELEASE_KEYS,
  LEAKING_KEYS,
  CONFIDENTIAL_KEYS,
  DO_NOT_PUBLISH_KEYS,
  IN_CONFIDENCE_KEYS,
  INTERNAL_KEYS,
  LABEL_MARKING_KEYS,
  LEAK_FROM_KEYS,
  LEAKED_KEYS,
  MARKING_TEST,
  NOT_YET_PUBLIC_KEYS,
} from './keys.js';
import type { Options } from './options.js';

type ConfidentialMessage = 'marking' | 'confidential' | 'embargo' | 'inConfidence' | 'leaked' | 'internalDocument' | 'notYetPublic';

interface Hit {
  start: number;
  end: number;
  messageId: ConfidentialMessage;
}

const services = new Set(CONFIDENTIAL_SERVICES.map((w) => w.toLowerCase()));
const serviceVerbs = new Set(SERVICE_VERBS.map((w) => w.toLowerCase()));
const handlingVerbs = HANDLING_VERBS.map((w) => w.toLowerCase());

/** A marking in label position: "[Internal]", "INTERNAL USE ONLY", "For internal use only." alone on a line. */
function isLabel(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 30);
  const single = !word.includes(' ');
  const bracketed = OPEN_BRACKET_BEFORE.test(before);
  // One word is a label in brackets with a capital ("[Internal]"), or in capitals at a line start
  // ("- Internal" alone on a line is a category in release notes, "INTERNAL" is a marking.)
  if (single) return (bracketed ? CAPITAL_START.test(word) : !LOWER_CASE.test(word) && LABEL_START.test(before)) && LABEL_AFTER.test(after);
  if (!LOWER_CASE.test(word)) return true;
  return LABEL_BEFORE.test(before) && LABEL_AFTER.test(after);
}

function lastWords(text: string, at: number, count = 4): string[] {
  const m = (count > 4 ? PREVIOUS_MANY_WORDS : PREVIOUS_WORDS).exec(text.slice(Math.max(0, at - 20 * count), at));
  return m ? m[1]!.toLowerCase().split(WORD_SEPARATOR).filter(Boolean) : [];
}

/** "confidential" in context: a label, said of this content, or describing disclosed material. */
function confidentialWord(text: string, start: number, end: number): ConfidentialMessage | null {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 80), start);
  const next = NEXT_WORDS.exec(text.slice(end, end + 60));
  const n1 = next?.[1]?.toLowerCase() ?? '';
  const n2 = next?.[2]?.toLowerCase() ?? '';
  if (services.has(n1) || services.has(`${n1} ${n2}`)) return null;
  if (!LOWER_CASE.test(word) || LABEL_START.test(before) || COLON_AFTER.test(text.slice(end, end + 4))) return 'marking';
  if (CONTENT_COPULA.test(before)) return 'confidential';
  // "the minutes of the board meeting, which are confidential": a relative clause about material.
  if (RELATIVE_COPULA.test(before) && lastWords(text, start, 12).some((w) => ARTEFACT.test(w))) return 'confidential';
  // "the confidential memo", "the confidential donor report".
  if (!ARTEFACT.test(n1) && !ARTEFACT.test(n2)) return null;
  const prev = lastWords(text, start);
  const recent = prev.slice(-2);
  if (recent.some((w) => serviceVerbs.has(w))) return null;
  const joined = ` ${prev.join(' ')} `;
  return handlingVerbs.some((v) => joined.includes(` ${v} `)) ? null : 'confidential';
}

/** "embargo(ed)" in context: a label ("EMBARGOED UNTIL 10:00") or said of this content. */
function embargoWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 40);
  if (CONTENT_COPULA.test(before)) return true;
  if (!LOWER_CASE.test(word) && EMBARGO_TIME.test(after)) return true;
  return LABEL_START.test(before) && EMBARGO_TIME.test(after);
}

function collect(seg: ProseSegment): Hit[] {
  const text = seg.text;
  const hits: Hit[] = [];
  const each = (re: RegExp, keys: ReadonlySet<string> | PhraseTest, fn: (m: RegExpExecArray) => ConfidentialMessage | null): void => {
    if (typeof keys === 'function' ? !keys(seg) : !hasAnyWord(seg, keys)) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const id = fn(m);
      if (id) hits.push({ start: m.index, end: m.index + m[0].length, messageId: id });
    }
  };
  each(MARKING, MARKING_TEST, () => 'marking');
  each(LABEL_MARKING, LABEL_MARKING_KEYS, (m) => {
    const end = m.index + m[0].length;
    if (isLabel(text, m.index, end)) return 'marking';
    // "this is for internal use only"; but "a subject that is sensitive" is no marking.
    return m[0].includes(' ') && CONTENT_COPULA.test(text.slice(Math.max(0, m.index - 80), m.index)) ? 'marking' : null;
  });
  each(CONFIDENTIAL_WORD, CONFIDENTIAL_KEYS, (m) => {
    const end = m.index + m[0].length;
    if (m[0].toLowerCase() === 'confidential') return confidentialWord(text, m.index, end);
    return embargoWord(text, m.index, end) ? 'embargo' : null;
  });
  each(DO_NOT_PUBLISH_BEFORE, DO_NOT_PUBLISH_KEYS, () => 'embargo');
  each(IN_CONFIDENCE, IN_CONFIDENCE_KEYS, () => 'inConfidence');
  each(LEAKED, LEAKED_KEYS, () => 'leaked');
  each(LEAK_FROM, LEAK_FROM_KEYS, () => 'leaked');
  each(BEFORE_RELEASE, BEFORE_RELEASE_KEYS, () => 'notYetPublic');
  each(LEAKING_THIS, LEAKING_KEYS, () => 'notYetPublic');
  each(INTERNAL_DOC, INTERNAL_KEYS, (m) => {
    const end = m.index + m[0].length;
    return REVEAL_AFTER.test(text.slice(end, end + 60)) || REVEAL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) ? 'internalDocument' : null;
  });
  return hits;
}

/** "not yet public" with a disclosure: a colon or "but" and a figure, a sneak peek. */
function notYetPublic(doc: Document, seg: ProseSegment, hits: Hit[]): void {
  if (!hasAnyWord(seg, NOT_YET_PUBLIC_KEYS)) return;
  const text = seg.text;
  NOT_YET_PUBLIC.lastIndex = 0;
  for (let m = NOT_YET_PUBLIC.exec(text); m; m = NOT_YET_PUBLIC.exec(text)) {
    const end = m.index + m[0].length;
    const w = sentenceWindow(doc, seg.start + m.index, seg.start + end);
    const sentence = w.text;
    const sEnd = w.start + w.text.length - seg.start;
    const after = DISCLOSURE_AFTER.exec(text.slice(end, end + 40));
    let disclosed = DISCLOSURE_CUES.test(sentence);
    if (!disclosed && after && NOT_YET_SUBJECT.test(sentence)) {
      disclosed = after[2] ? DISCLOSURE_BUT_TAIL.test(text.slice(end, sEnd)) : true;
    }
    if (disclosed) hits.push({ start: m.index, end, messageId: 'notYetPublic' });
  }
}

/** Report confidential, internal and embargoed material. */
export function confidential(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    const hits = collect(seg);
    notYetPublic(doc, seg, hits);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      ctx.report({ messageId: h.messageId, data: { phrase: squash(seg.text.slice(h.start, h.end)) }, start: seg.start + h.start, end: seg.start + h.end });
    }
  }
}
