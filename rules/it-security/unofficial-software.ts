/**
 * `unofficial-software`: advice to install software found on social networks or hidden behind a
 * link ("install the extension someone shared on LinkedIn", "download the app from this link"),
 * sideloading, cracked software, and switching off antivirus protection. Sentences that warn
 * against these (negations, scam and malware words) or ask about them are left alone.
 *
 * One pass over the prose finds the rare part of each phrase (the network, the hidden source, the
 * protection, the sideloading or cracked wording); the rest is read around it.
 */
import { sentenceAt, squash, type CheckContext, type Document, type ProseSegment, type Sentence } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };
import type { ItSecurityOptions } from './options.js';
import {
  aboutSoftware,
  adviceAfter,
  adviceBefore,
  allMatches,
  isCautionary,
  linksToOfficialSource,
  pointsBack,
  previousSentence,
  softwareBefore,
  wordsBetween,
} from './install-advice.js';
import { DISABLE_PRONOUN, DISABLE_VERB, OFF_AFTER, SOFTWARE_TRIGGERS, SOURCE_INTRO, TURN_VERB } from './patterns.js';
import { SpanSet } from './spans.js';

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
