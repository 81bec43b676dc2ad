/**
 * `unofficial-software`: advice to install software found on social networks or hidden behind a
 * link ("install the extension someone shared on LinkedIn", "download the app from this link"),
 * sideloading, cracked software, and switching off antivirus protection. Sentences that warn
 * against these (negations, scam and malware words) or ask about them are left alone.
 *
 * One pass over the prose finds the rare part of each phrase (the network, the hidden source, the
 * protection, the sideloading or cracked wording); the rest is read around it.
 */
import { matchText, sentenceAt, squash, type CheckContext, type Document, type ProseSegment, type Sentence } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import {
  CLAUSE_BOUNDARY,
  CLAUSE_BREAK,
  CLAUSE_BREAK_AFTER,
  DISABLE_PRONOUN,
  DISABLE_VERB,
  INSTALL_VERB,
  NEGATION,
  NOT_A_NEGATION,
  OFF_AFTER,
  PROHIBITION_AFTER,
  POINTS_BACK,
  PRONOUN_AFTER,
  QUESTION_END,
  SOFTWARE_NOUN,
  SOFTWARE_TRIGGERS,
  SOURCE_INTRO,
  TURN_VERB,
  WARNING_WORD,
  WORD,
} from './patterns.js';
import { SpanSet } from './spans.js';
import { hostIn, webLinks } from './url.js';

type Family = 'social' | 'link' | 'sideloading' | 'cracked' | 'protection' | 'bypass' | 'bypassInContext';

const norm = (s: string): string => squash(s).toLowerCase();
const FAMILY = new Map<string, Family>();
for (const [family, list] of [
  ['protection', software.protections],
  ['social', software.socialSources],
  ['link', software.linkSources],
  ['cracked', software.cracked],
  ['sideloading', software.sideloading],
  ['bypass', software.bypassWarnings],
  ['bypassInContext', software.bypassInContext],
] as const) {
  for (const p of list) FAMILY.set(norm(p), family);
}

/** A phrase found in a prose segment, with absolute offsets. */
interface Hit {
  start: number;
  end: number;
  text: string;
  segment: ProseSegment;
}

const RISKY_SOURCES = new Set(software.riskySources.map((s) => squash(s).toLowerCase()));

/** Words between two offsets of a text. */
function wordsBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  return text.slice(from, to).match(WORD)?.length ?? 0;
}

/** All matches of a pattern in a string, with offsets relative to it. */
function allMatches(text: string, re: RegExp): Array<{ start: number; end: number; text: string }> {
  return [...matchText(text, re)].map(({ match, start, end }) => ({ start, end, text: match[0] }));
}

/**
 * Whether a sentence warns against, reports on or asks about the practice rather than advising it:
 * a question; a warning word anywhere ("malware", "scam", "ask your IT focal point"); a negation
 * in the clause that leads to the advice ("please do not install ..."); a prohibition after it
 * ("... is not allowed"). `from` and `to` are the advice's offsets inside the sentence.
 */
export function isCautionary(text: string, from: number, to: number): boolean {
  if (QUESTION_END.test(text.trimEnd())) return true;
  const cleaned = text.replace(NOT_A_NEGATION, (m) => ' '.repeat(m.length));
  WARNING_WORD.lastIndex = 0;
  if (WARNING_WORD.test(cleaned)) return true;
  const before = cleaned.slice(0, from);
  const boundaries = [...matchText(before, CLAUSE_BOUNDARY)];
  const clauseStart = boundaries.length ? boundaries[boundaries.length - 1]!.end : 0;
  NEGATION.lastIndex = 0;
  if (NEGATION.test(cleaned.slice(clauseStart, to))) return true;
  PROHIBITION_AFTER.lastIndex = 0;
  return PROHIBITION_AFTER.test(cleaned.slice(to));
}

/**
 * The install advice before a source named at `sourceStart` (relative to the sentence): a verb, a
 * kind of software within four words after it, and at most ten words without a clause break
 * between the software and the source. Returns where the advice starts, or -1.
 */
export function adviceBefore(text: string, sourceStart: number): number {
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  for (let i = nouns.length - 1; i >= 0; i--) {
    const n = nouns[i]!;
    if (wordsBetween(text, n.end, sourceStart) > 10 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) break;
    const verbs = allMatches(text.slice(0, n.start), INSTALL_VERB);
    const v = verbs[verbs.length - 1];
    if (v && wordsBetween(text, v.end, n.start) <= 4 && !CLAUSE_BREAK.test(text.slice(v.end, n.start))) return v.start;
  }
  return -1;
}

/**
 * Install advice after a source named at `[sourceStart, sourceEnd)`: "someone on Reddit suggested
 * installing a tool" (a verb and a kind of software within twelve words, no "and" or "but"
 * between), or "a PDF converter I found on Facebook; just download it" (the software before the
 * source, a verb pointing back at it after). Returns the advice's end, or -1.
 */
export function adviceAfter(text: string, sourceStart: number, sourceEnd: number, following = ''): number {
  const rest = text.slice(sourceEnd);
  const verb = allMatches(rest, INSTALL_VERB)[0];
  if (verb && wordsBetween(rest, 0, verb.start) <= 12 && !CLAUSE_BREAK_AFTER.test(rest.slice(0, verb.start))) {
    const noun = allMatches(rest.slice(verb.end), SOFTWARE_NOUN)[0];
    if (noun && wordsBetween(rest, verb.end, verb.end + noun.start) <= 4) return sourceEnd + verb.end + noun.end;
  }
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  const n = nouns[nouns.length - 1];
  if (!n || wordsBetween(text, n.end, sourceStart) > 10 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) return -1;
  // The verb may open the next sentence: "... in our WhatsApp chat. I installed it at once."
  const after = rest + following;
  const back = allMatches(after, PRONOUN_AFTER)[0];
  if (back && wordsBetween(after, 0, back.start) <= 14) return sourceEnd + back.end;
  return -1;
}

/** The sentence before one in the same segment (sentences may not cover the spaces between them). */
function previousSentence(doc: Document, sentence: Sentence): Sentence | undefined {
  for (let at = sentence.start - 1; at >= 0 && at >= sentence.start - 8; at--) {
    const s = sentenceAt(doc, at);
    if (s) return s.segment === sentence.segment ? s : undefined;
  }
  return undefined;
}

/** Whether a sentence is about installing software: an install verb with a kind of software after it. */
function aboutSoftware(text: string): boolean {
  for (const v of allMatches(text, INSTALL_VERB)) {
    const n = allMatches(text.slice(v.end), SOFTWARE_NOUN)[0];
    if (n && wordsBetween(text, v.end, v.end + n.start) <= 4) return true;
  }
  return false;
}

/** "shared it on", "sent them via": the source refers back to software named before. */
function pointsBack(text: string, sourceStart: number): boolean {
  return POINTS_BACK.test(text.slice(Math.max(0, sourceStart - 40), sourceStart));
}

/** Software named right before a plainly unofficial source ("Photoshop from this torrent site"). */
function softwareBefore(text: string, sourceStart: number): number {
  const nouns = allMatches(text.slice(0, sourceStart), SOFTWARE_NOUN);
  const n = nouns[nouns.length - 1];
  if (!n || wordsBetween(text, n.end, sourceStart) > 8 || CLAUSE_BREAK.test(text.slice(n.end, sourceStart))) return -1;
  return n.start;
}

/** Whether a link in or right after the sentence goes to an official app store or the organisation's site. */
function linksToOfficialSource(doc: Document, sentence: Sentence, org: readonly string[]): boolean {
  return webLinks(doc).some(
    (p) => p.link.start >= sentence.start && p.link.start < sentence.end + 200 && (hostIn(p.host, software.officialStores) || hostIn(p.host, org)),
  );
}

export function unofficialSoftware(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  const reported = new SpanSet();
  const report = (messageId: string, start: number, end: number, data: Record<string, string>): void => {
    if (reported.add(start, end)) ctx.report({ messageId, data, start, end });
  };
  /** Report unless the sentence warns against the advice at [start, end) (absolute offsets). */
  const advise = (sentence: Sentence, messageId: string, start: number, end: number, data: Record<string, string>): void => {
    if (!isCautionary(sentence.text, start - sentence.start, end - sentence.start)) report(messageId, start, end, data);
  };

  // Networks first: "the link in our WhatsApp group" is reported as WhatsApp, not as a hidden link.
  const hits: Array<{ hit: Hit; family: Family | undefined }> = [];
  for (const segment of doc.prose) {
    for (const h of SOFTWARE_TRIGGERS.find(segment.text)) {
      const hit = { start: segment.start + h.start, end: segment.start + h.end, text: h.text, segment };
      hits.push({ hit, family: FAMILY.get(norm(h.text)) });
    }
  }
  hits.sort((a, b) => Number(b.family === 'social') - Number(a.family === 'social'));
  for (const { hit, family } of hits) {
    if (!family) continue;
    const sentence = sentenceAt(doc, hit.start);
    if (!sentence) continue;
    const rel = hit.start - sentence.start;
    const text = sentence.text;
    const phrase = squash(hit.text);
    switch (family) {
      case 'social':
      case 'link': {
        if (family === 'social') {
          // The network must be introduced as where the software came from ("shared on", "from a").
          const lead = text.slice(Math.max(0, rel - 60), rel);
          const intros = allMatches(lead, SOURCE_INTRO);
          const last = intros[intros.length - 1];
          if (!last || wordsBetween(lead, last.end, lead.length) > 3) continue;
        } else if (linksToOfficialSource(doc, sentence, ctx.settings.organization.domains)) continue;
        const messageId = family === 'social' ? 'socialSource' : 'hiddenSource';
        const adviceStart = adviceBefore(text, rel);
        if (adviceStart >= 0) {
          advise(sentence, messageId, sentence.start + adviceStart, hit.end, { source: phrase });
          break;
        }
        if (family !== 'social') break;
        // "Download the app from this link. Someone shared it on WhatsApp."
        if (pointsBack(text, rel)) {
          const previous = previousSentence(doc, sentence);
          if (previous && previous.segment === sentence.segment && aboutSoftware(previous.text) && !isCautionary(previous.text, 0, previous.text.length)) {
            advise(sentence, messageId, hit.start, hit.end, { source: phrase });
            break;
          }
        }
        const following = doc.text.slice(sentence.end, Math.min(sentence.end + 160, hit.segment.end));
        const adviceEnd = adviceAfter(text, rel, rel + hit.text.length, following);
        if (adviceEnd >= 0) {
          const end = sentence.start + adviceEnd;
          // The advice may end in the next sentence; its own negations count there.
          const last = end > sentence.end ? sentenceAt(doc, end - 1) : sentence;
          if (last && last !== sentence && isCautionary(last.text, 0, end - last.start)) break;
          advise(sentence, messageId, hit.start, Math.min(end, sentence.end), { source: phrase });
          break;
        }
        if (RISKY_SOURCES.has(norm(hit.text))) {
          const softwareStart = softwareBefore(text, rel);
          if (softwareStart >= 0) advise(sentence, messageId, sentence.start + softwareStart, hit.end, { source: phrase });
        }
        break;
      }
      case 'sideloading':
      case 'cracked':
        advise(sentence, family, hit.start, hit.end, { phrase });
        break;
      case 'bypass':
        advise(sentence, 'disableProtection', hit.start, hit.end, { phrase });
        break;
      case 'bypassInContext':
        if (aboutSoftware(text)) advise(sentence, 'disableProtection', hit.start, hit.end, { phrase });
        break;
      case 'protection': {
        // "disable your antivirus": a disabling verb at most three words before the protection.
        const lead = text.slice(Math.max(0, rel - 50), rel);
        const verbs = allMatches(lead, DISABLE_VERB);
        const v = verbs[verbs.length - 1];
        if (v && wordsBetween(lead, v.end, lead.length) <= 3) {
          const start = hit.start - (lead.length - v.start);
          advise(sentence, 'disableProtection', start, hit.end, { phrase: squash(text.slice(rel - (lead.length - v.start), rel) + hit.text) });
          break;
        }
        // "turn your antivirus off".
        const turns = allMatches(lead, TURN_VERB);
        const turn = turns[turns.length - 1];
        const off = OFF_AFTER.exec(text.slice(rel + hit.text.length));
        if (turn && off && wordsBetween(lead, turn.end, lead.length) <= 2) {
          const start = hit.start - (lead.length - turn.start);
          const end = hit.end + off[0].length;
          advise(sentence, 'disableProtection', start, end, { phrase: squash(text.slice(rel - (lead.length - turn.start), end - sentence.start)) });
          break;
        }
        // "your antivirus may block it. If that happens, turn it off": the protection, then
        // "turn it off" within the next sentence or so.
        const seg = hit.segment;
        const rest = seg.text.slice(hit.end - seg.start, hit.end - seg.start + 160);
        const d = allMatches(rest, DISABLE_PRONOUN)[0];
        if (d && wordsBetween(rest, 0, d.start) <= 16) {
          const at = sentenceAt(doc, hit.end + d.start);
          if (at) advise(at, 'disableProtection', hit.end + d.start, hit.end + d.end, { phrase: squash(`${hit.text} … ${d.text}`) });
        }
        break;
      }
    }
  }
}
