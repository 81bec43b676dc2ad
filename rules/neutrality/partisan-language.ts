/**
 * `neutrality/partisan-language`: loaded, one-sided statements about governments, parties or
 * politicians: "the regime's lies", "the opposition are traitors", "this corrupt government",
 * "the minister is lying", "rigged election", "shame on the government". A system of rules
 * called a regime ("tax regime", "sanctions regime"), neutral reporting of an accusation ("critics
 * accused the government of ...") and quotations of others are not findings.
 */
import { hasAnyWord, squash, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { configuredKeys, patternsFor, reported } from './context.js';
import {
  CAPITAL_START,
  GENERIC_PARTY,
  ELECTION_NEAR,
  ELECTION_WAS,
  IT_WAS_RIGGED,
  LOADED_DEMONSTRATIVE,
  LOADED_ELECTION,
  PRONOUN_RUINED,
  LOADED_LABEL,
  LOADED_TITLE,
  LOADED_IN_POWER,
  OPPOSITION_SLOGAN_AFTER,
  OPPOSITION_SLOGAN_BEFORE,
  PARTY_WORD_END,
  REGIME_SYSTEM_BEFORE,
  REGIME_WORD_END,
  SO_CALLED,
  SPACE_RUN,
  TITLED_NAME,
} from './patterns.js';
import { NON_POLITICAL_PARTIES } from './political-terms.js';
import { DEMONSTRATIVE_KEYS, IN_POWER_KEYS, PARTISAN_TARGET_KEYS, ADJECTIVE_KEYS, ELECTION_WAS_KEYS, PRONOUN_RUINED_KEYS, LOADED_AFTER_KEYS, LOADED_ELECTION_KEYS, LOADED_KEYS, LOADED_LABEL_KEYS, LOADED_NOUN_KEYS, LOADED_TITLE_KEYS, POSSESSION_KEYS, SLOGAN_MODAL_KEYS, SLOGAN_VERB_KEYS, SLOGAN_WORD_KEYS } from './keys.js';
import type { Options } from './options.js';

const nonParties = new Set(NON_POLITICAL_PARTIES.map((p) => p.toLowerCase()));
const PROPER_ONLY = new Set(['democrats', 'republicans', 'tories', 'labour']);
const DETERMINERS = new Set(['the', 'this', 'that', 'our', 'their', 'his', 'her', 'your', 'its', 'a']);

/** Whether a matched government, party or politician is one (not "the tax regime", "child labour"). */
export function politicalTarget(target: string): boolean {
  const t = target.trim();
  if (REGIME_WORD_END.test(t)) return !REGIME_SYSTEM_BEFORE.test(t);
  const words = t.split(SPACE_RUN);
  const last = words.at(-1) ?? '';
  if (GENERIC_PARTY.test(t)) return true;
  if (PARTY_WORD_END.test(t)) {
    const name = words.slice(0, -1).filter((x) => !DETERMINERS.has(x.toLowerCase()));
    return CAPITAL_START.test(last) && name.length > 0 && name.every((x) => CAPITAL_START.test(x)) && !nonParties.has(name[0]!.toLowerCase());
  }
  if (PROPER_ONLY.has(last.toLowerCase())) return CAPITAL_START.test(last);
  if (TITLED_NAME.test(t)) return CAPITAL_START.test(last) && CAPITAL_START.test(words[0] ?? '');
  return true;
}

function collect(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>): Array<[number, number]> {
  const text = seg.text;
  const P = patternsFor(ctx);
  const hits: Array<[number, number]> = [];
  // Loaded words count only about a target: a government, party or politician (configured names
  // have forms the key words miss, such as "HarbourAlliance", so they let every paragraph through).
  const target = configuredKeys(ctx).size > 0 || hasAnyWord(seg, PARTISAN_TARGET_KEYS);
  const loaded = target && hasAnyWord(seg, LOADED_KEYS);
  for (const [re, keys] of loaded ? ([[P.loadedBefore, ADJECTIVE_KEYS], [P.loadedAfter, LOADED_AFTER_KEYS], [P.possessive, POSSESSION_KEYS], [P.possessionOf, POSSESSION_KEYS]] as const) : []) {
    // Each pattern needs one of its own key words: the cheap test first.
    if (!hasAnyWord(seg, keys)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (politicalTarget(m.groups!.target!)) hits.push([m.index, m.index + m[0].length]);
    }
  }
  P.partisanTarget.lastIndex = 0;
  // A target counts only with a slogan: "shame on", "down with", "so-called", "has blood on its
  // hands", or a modal and a verb ("must go", "should resign", "needs to go").
  const slogan = hasAnyWord(seg, SLOGAN_WORD_KEYS) || (hasAnyWord(seg, SLOGAN_MODAL_KEYS) && hasAnyWord(seg, SLOGAN_VERB_KEYS));
  for (let m = slogan ? P.partisanTarget.exec(text) : null; m; m = P.partisanTarget.exec(text)) {
    if (!politicalTarget(m[0])) continue;
    const end = m.index + m[0].length;
    const before = OPPOSITION_SLOGAN_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const after = OPPOSITION_SLOGAN_AFTER.exec(text.slice(end, end + 60));
    if (before) hits.push([m.index - before[0].length, end]);
    else if (after) hits.push([m.index, end + after[0].length]);
    else if (SO_CALLED.test(m[0])) hits.push([m.index, end]);
  }
  for (const [re, keys] of [[LOADED_ELECTION, LOADED_ELECTION_KEYS], [LOADED_LABEL, LOADED_LABEL_KEYS], [LOADED_TITLE, LOADED_TITLE_KEYS], [LOADED_IN_POWER, LOADED_NOUN_KEYS]] as const) {
    if (!hasAnyWord(seg, keys) || (re === LOADED_IN_POWER && !hasAnyWord(seg, IN_POWER_KEYS))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push([m.index, m.index + m[0].length]);
  }
  LOADED_DEMONSTRATIVE.lastIndex = 0;
  for (let m = hasAnyWord(seg, DEMONSTRATIVE_KEYS) ? LOADED_DEMONSTRATIVE.exec(text) : null; m; m = LOADED_DEMONSTRATIVE.exec(text)) hits.push([m.index, m.index + m[0].length]);
  IT_WAS_RIGGED.lastIndex = 0;
  for (let m = hasAnyWord(seg, ELECTION_WAS_KEYS) ? IT_WAS_RIGGED.exec(text) : null; m; m = IT_WAS_RIGGED.exec(text)) {
    // "It's a sham" takes a side when an election was just named.
    if (ELECTION_NEAR.test(text.slice(Math.max(0, m.index - 160), m.index))) hits.push([m.index, m.index + m[0].length]);
  }
  ELECTION_WAS.lastIndex = 0;
  for (let m = hasAnyWord(seg, ELECTION_WAS_KEYS) ? ELECTION_WAS.exec(text) : null; m; m = ELECTION_WAS.exec(text)) hits.push([m.index, m.index + m[0].length]);
  PRONOUN_RUINED.lastIndex = 0;
  for (let m = hasAnyWord(seg, PRONOUN_RUINED_KEYS) ? PRONOUN_RUINED.exec(text) : null; m; m = PRONOUN_RUINED.exec(text)) {
    // "They have ruined everything" takes a side when a government or party was just named.
    P.partisanTarget.lastIndex = 0;
    if (P.partisanTarget.test(text.slice(Math.max(0, m.index - 200), m.index))) hits.push([m.index, m.index + m[0].length]);
  }
  return hits.filter(([s, e]) => !reported(doc, seg, s, e, ctx));
}

/** Report one-sided, loaded statements about governments, parties and politicians. */
export function partisanLanguage(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    const hits = collect(doc, seg, ctx).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    let lastEnd = -1;
    for (const [s, e] of hits) {
      if (s < lastEnd) continue;
      lastEnd = e;
      ctx.report({ messageId: 'partisan', data: { phrase: squash(seg.text.slice(s, e)) }, start: seg.start + s, end: seg.start + e });
    }
  }
}
