/**
 * `think-before-posting/insult`: insults and mocking aimed at people, colleagues, beneficiaries,
 * the organisation or other agencies: name-calling ("those idiots in HQ", "a lying clown"),
 * derogatory descriptions of people ("useless bureaucrats"), dehumanising words ("refugees are
 * parasites") and set phrases of ridicule ("laughing stock"). The author on themselves ("I'm such
 * an idiot") and other people's words in quotations are not findings.
 */
import { hasAnyWord, isForeignLanguage, squash, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  ADJ_ON_PEOPLE,
  COULDNT_FIND,
  DEHUMANISING,
  INTENSIFIED_SLANG,
  PEOPLE_ARE_ADJ,
  MOCKING,
  NEGATION_BEFORE,
  SELF_DEPRECATION,
  STRONG_INSULT,
  STRONG_INSULT_EXCEPTION,
  WEAK_INSULT,
} from './patterns.js';
import { ADJECTIVE_KEYS, COULDNT_FIND_KEYS, DEHUMANISING_KEYS, INSULT_KEYS, MOCKING_KEYS, PEOPLE_KEYS, SLANG_KEYS, STRONG_INSULT_KEYS, WEAK_INSULT_KEYS } from './keys.js';
import { othersWords } from './quoting.js';
import type { Options } from './options.js';

type InsultMessage = 'insult' | 'insultPeople' | 'dehumanising' | 'mocking';

interface Hit {
  start: number;
  end: number;
  messageId: InsultMessage;
}

/** The span of the first capture group that took part in the match, or the whole match. */
function groupOrMatch(m: RegExpExecArray): [number, number] {
  const idx = m.indices;
  if (idx) for (let g = 1; g < idx.length; g++) if (idx[g]) return idx[g]!;
  return [m.index, m.index + m[0].length];
}

function collect(seg: ProseSegment): Hit[] {
  const text = seg.text;
  const hits: Hit[] = [];
  const selfAt = (at: number): boolean => SELF_DEPRECATION.test(text.slice(Math.max(0, at - 60), at));
  // Each pattern runs only where one of its own key words is (the cheap test first).
  const has = (keys: ReadonlySet<string>): boolean => hasAnyWord(seg, keys);
  const onPeople = has(ADJECTIVE_KEYS) && has(PEOPLE_KEYS);
  STRONG_INSULT.lastIndex = 0;
  for (let m = has(STRONG_INSULT_KEYS) ? STRONG_INSULT.exec(text) : null; m; m = STRONG_INSULT.exec(text)) {
    const end = m.index + m[0].length;
    if (STRONG_INSULT_EXCEPTION.test(text.slice(end, end + 12)) || selfAt(m.index)) continue;
    hits.push({ start: m.index, end, messageId: 'insult' });
  }
  WEAK_INSULT.lastIndex = 0;
  for (let m = has(WEAK_INSULT_KEYS) ? WEAK_INSULT.exec(text) : null; m; m = WEAK_INSULT.exec(text)) {
    const [s, e] = groupOrMatch(m);
    if (selfAt(s)) continue;
    hits.push({ start: s, end: e, messageId: 'insult' });
  }
  ADJ_ON_PEOPLE.lastIndex = 0;
  for (let m = onPeople ? ADJ_ON_PEOPLE.exec(text) : null; m; m = ADJ_ON_PEOPLE.exec(text)) {
    if (NEGATION_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insultPeople' });
  }
  PEOPLE_ARE_ADJ.lastIndex = 0;
  for (let m = onPeople ? PEOPLE_ARE_ADJ.exec(text) : null; m; m = PEOPLE_ARE_ADJ.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insultPeople' });
  }
  INTENSIFIED_SLANG.lastIndex = 0;
  for (let m = has(SLANG_KEYS) ? INTENSIFIED_SLANG.exec(text) : null; m; m = INTENSIFIED_SLANG.exec(text)) {
    if (!selfAt(m.index)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'insult' });
  }
  DEHUMANISING.lastIndex = 0;
  for (let m = has(DEHUMANISING_KEYS) ? DEHUMANISING.exec(text) : null; m; m = DEHUMANISING.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'dehumanising' });
  }
  COULDNT_FIND.lastIndex = 0;
  for (let m = has(COULDNT_FIND_KEYS) ? COULDNT_FIND.exec(text) : null; m; m = COULDNT_FIND.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'mocking' });
  }
  MOCKING.lastIndex = 0;
  for (let m = has(MOCKING_KEYS) ? MOCKING.exec(text) : null; m; m = MOCKING.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'mocking' });
  }
  // One finding per stretch of text: the longer, earlier hit wins.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept.at(-1);
    if (last && h.start < last.end) {
      if (h.end > last.end && h.messageId !== 'insult') last.end = h.end;
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/** Report insults and mockery of people in the author's own words. */
export function insult(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    if (!hasAnyWord(seg, INSULT_KEYS)) continue;
    if (isForeignLanguage(seg)) continue;
    for (const hit of collect(seg)) {
      if (ctx.options.ignoreQuoted && othersWords(doc, seg, hit.start, hit.end)) continue;
      ctx.report({
        messageId: hit.messageId,
        data: { phrase: squash(seg.text.slice(hit.start, hit.end)) },
        start: seg.start + hit.start,
        end: seg.start + hit.end,
      });
    }
  }
}
