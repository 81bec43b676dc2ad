/**
 * `unofficial-software`: advice to install software found on social networks or hidden behind a
 * link ("install the extension someone shared on LinkedIn", "download the app from this link"),
 * sideloading, cracked software, and switching off antivirus protection. Sentences that warn
 * against these (negations, scam and malware words) or ask about them are left alone.
 */
import { matchProse, matchText, sentenceAt, squash, type CheckContext, type Document, type Sentence } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import {
  CLAUSE_BREAK,
  CRACKED,
  DISABLE_PRONOUN,
  DISABLE_VERB,
  INSTALL_VERB,
  LINK_SOURCE,
  NEGATION,
  NOT_A_NEGATION,
  PROTECTION,
  QUESTION_END,
  SIDELOADING,
  SOCIAL_SOURCE,
  SOFTWARE_NOUN,
  SOURCE_INTRO,
  WORD,
} from './patterns.js';
import { hostIn, webLinks } from './url.js';

/** Words between two offsets of a text. */
function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).match(WORD)?.length ?? 0;
}

/** All matches of a pattern in a string, with offsets relative to it. */
function allMatches(text: string, re: RegExp): Array<{ start: number; end: number; text: string }> {
  return [...matchText(text, re)].map(({ match, start, end }) => ({ start, end, text: match[0] }));
}

/** Whether a sentence warns against, reports on or asks about the practice rather than advising it. */
function isCautionary(sentence: Sentence): boolean {
  if (QUESTION_END.test(sentence.text.trimEnd())) return true;
  const cleaned = sentence.text.replace(NOT_A_NEGATION, (m) => ' '.repeat(m.length));
  NEGATION.lastIndex = 0;
  return NEGATION.test(cleaned);
}

/**
 * The install advice before a source named at `sourceStart` (relative to the sentence): a verb, a
 * kind of software within four words after it, and at most ten words without a clause break
 * between the software and the source. Returns where the advice starts, or -1.
 */
function adviceBefore(text: string, sourceStart: number): number {
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  for (let i = nouns.length - 1; i >= 0; i--) {
    const n = nouns[i]!;
    const gap = text.slice(n.end, sourceStart);
    if (wordsBetween(text, n.end, sourceStart) > 10) break;
    if (CLAUSE_BREAK.test(gap)) break;
    const verbs = allMatches(text.slice(0, n.start), INSTALL_VERB);
    for (let j = verbs.length - 1; j >= 0; j--) {
      const v = verbs[j]!;
      if (wordsBetween(text, v.end, n.start) > 4) break;
      if (CLAUSE_BREAK.test(text.slice(v.end, n.start))) break;
      return v.start;
    }
  }
  return -1;
}

/** Whether a link inside the sentence goes to an official app store or the organisation's site. */
function linksToOfficialSource(doc: Document, sentence: Sentence, org: readonly string[]): boolean {
  return webLinks(doc).some(
    (p) => p.link.start >= sentence.start && p.link.start < sentence.end + 200 && (hostIn(p.host, software.officialStores) || hostIn(p.host, org)),
  );
}

export function unofficialSoftware(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  const reported: Array<{ start: number; end: number }> = [];
  const report = (messageId: string, start: number, end: number, data: Record<string, string>): void => {
    if (reported.some((r) => start < r.end && r.start < end)) return;
    reported.push({ start, end });
    ctx.report({ messageId, data, start, end });
  };
  const judged = new Map<Sentence, boolean>();
  const cautionary = (s: Sentence): boolean => {
    let v = judged.get(s);
    if (v === undefined) judged.set(s, (v = isCautionary(s)));
    return v;
  };

  // Software from a social network: "... the extension someone shared on LinkedIn".
  const sources = [
    ...[...matchProse(doc.prose, SOCIAL_SOURCE)].map((m) => ({ ...m, social: true })),
    ...[...matchProse(doc.prose, LINK_SOURCE)].map((m) => ({ ...m, social: false })),
  ];
  for (const source of sources) {
    const sentence = sentenceAt(doc, source.start);
    if (!sentence || cautionary(sentence)) continue;
    const rel = source.start - sentence.start;
    const text = sentence.text;
    if (source.social) {
      // The network must be introduced as where the software came from ("shared on", "from a").
      const lead = text.slice(Math.max(0, rel - 60), rel);
      const intros = allMatches(lead, SOURCE_INTRO);
      const last = intros[intros.length - 1];
      if (!last || wordsBetween(lead, last.end, lead.length) > 3) continue;
    } else if (linksToOfficialSource(doc, sentence, ctx.settings.organization.domains)) continue;
    const adviceStart = adviceBefore(text, rel);
    if (adviceStart < 0) continue;
    const start = sentence.start + adviceStart;
    report(source.social ? 'socialSource' : 'hiddenSource', start, source.end, { source: squash(source.match[0]) });
  }

  for (const hit of matchProse(doc.prose, SIDELOADING)) {
    const sentence = sentenceAt(doc, hit.start);
    if (sentence && !cautionary(sentence)) report('sideloading', hit.start, hit.end, { phrase: squash(hit.match[0]) });
  }
  for (const hit of matchProse(doc.prose, CRACKED)) {
    const sentence = sentenceAt(doc, hit.start);
    if (sentence && !cautionary(sentence)) report('cracked', hit.start, hit.end, { phrase: squash(hit.match[0]) });
  }

  // "disable your antivirus", and "if Defender blocks it, turn it off".
  for (const verb of matchProse(doc.prose, DISABLE_VERB)) {
    const seg = verb.segment;
    const after = seg.text.slice(verb.end - seg.start, verb.end - seg.start + 60);
    const p = allMatches(after, PROTECTION)[0];
    if (!p || wordsBetween(after, 0, p.start) > 3) continue;
    const sentence = sentenceAt(doc, verb.start);
    if (!sentence || cautionary(sentence)) continue;
    report('disableProtection', verb.start, verb.end + p.end, { phrase: squash(seg.text.slice(verb.start - seg.start, verb.end - seg.start + p.end)) });
  }
  for (const prot of matchProse(doc.prose, PROTECTION)) {
    const sentence = sentenceAt(doc, prot.start);
    if (!sentence || cautionary(sentence)) continue;
    const rest = sentence.text.slice(prot.end - sentence.start);
    const d = allMatches(rest, DISABLE_PRONOUN)[0];
    if (!d || wordsBetween(rest, 0, d.start) > 8) continue;
    const start = prot.end + d.start;
    report('disableProtection', start, prot.end + d.end, { phrase: squash(`${prot.match[0]} … ${d.text}`) });
  }
}
