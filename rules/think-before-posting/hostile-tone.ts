/**
 * `think-before-posting/hostile-tone`: an angry, hostile paragraph. One strong word is not a
 * finding ("unacceptable" is common in formal statements); the check scores signals across a
 * paragraph — anger words, blaming address ("you people", "you never"), profanity, insults,
 * words in capitals, runs of "!!" — and reports a paragraph with enough signals of at least two
 * kinds. Other people's words in quotations and blockquotes do not count.
 */
import { hasAnyWord, isForeignLanguage, segmentWords, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { capsKind, upperNames } from './capitals.js';
import { ACCUSATION, ADJ_ON_PEOPLE, ANGER, CAPS_HINT, EXCLAIM_HINT, EXCLAIM_RUN, LETTER_WORD, STRONG_INSULT, WEAK_INSULT } from './patterns.js';
import { ACCUSATION_TEST, ADJECTIVE_KEYS, ANGER_TEST, PEOPLE_KEYS, STRONG_INSULT_KEYS, TONE_INSULT_KEYS, WEAK_INSULT_KEYS } from './keys.js';
import { lexiconFor } from './profanity-lexicon.js';
import { maskWord } from './profanity.js';
import { othersWords } from './quoting.js';
import type { Options } from './options.js';

type Kind = 'anger' | 'blame' | 'profanity' | 'insult' | 'capitals' | 'punctuation';

/** How many signals of one kind may count, so one long rant of capitals is not six signals. */
const CAP: Record<Kind, number> = { anger: 4, blame: 3, profanity: 2, insult: 2, capitals: 2, punctuation: 2 };

interface Signal {
  kind: Kind;
  label: string;
}

const namesCache = new WeakMap<readonly string[], Set<string>>();

function orgNamesUpper(ctx: CheckContext<Options>): Set<string> {
  let names = namesCache.get(ctx.settings.organization.names);
  if (!names) namesCache.set(ctx.settings.organization.names, (names = upperNames(ctx.settings.organization.names)));
  return names;
}

function signalsIn(doc: Document, seg: ProseSegment, ctx: CheckContext<Options>): Signal[] {
  const text = seg.text;
  const out: Signal[] = [];
  const seen = new Set<string>();
  const own = (s: number, e: number): boolean => !ctx.options.ignoreQuoted || !othersWords(doc, seg, s, e);
  const covered: Array<[number, number]> = [];
  const perKind = new Map<Kind, number>();
  const add = (kind: Kind, label: string, s: number, e: number): void => {
    const key = `${kind}:${label.toLowerCase()}`;
    // Past its cap a kind adds nothing to the score, so stop collecting it.
    if ((perKind.get(kind) ?? 0) >= CAP[kind] || seen.has(key) || !own(s, e)) return;
    // One word is one signal: "useless" in "useless bureaucrats" counts as the insult only.
    if (covered.some(([cs, ce]) => s < ce && cs < e)) return;
    seen.add(key);
    covered.push([s, e]);
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    out.push({ kind, label });
  };
  // A pattern runs only where one of its key words is (the cheap test first).
  const scan = (re: RegExp, kind: Kind, label: (m: RegExpExecArray) => string, possible = true): void => {
    if (!possible) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(kind, label(m), m.index, m.index + m[0].length);
  };
  const has = (keys: ReadonlySet<string>): boolean => hasAnyWord(seg, keys);
  scan(ADJ_ON_PEOPLE, 'insult', (m) => `"${m[0].toLowerCase()}"`, has(ADJECTIVE_KEYS) && has(PEOPLE_KEYS));
  scan(STRONG_INSULT, 'insult', (m) => `"${m[0].toLowerCase()}"`, has(STRONG_INSULT_KEYS));
  scan(WEAK_INSULT, 'insult', (m) => `"${m[0].trim().toLowerCase()}"`, has(WEAK_INSULT_KEYS));
  scan(ACCUSATION, 'blame', (m) => `"${m[0].toLowerCase()}"`, ACCUSATION_TEST(seg));
  scan(ANGER, 'anger', (m) => `"${m[0].toLowerCase()}"`, ANGER_TEST(seg));
  scan(EXCLAIM_RUN, 'punctuation', (m) => `"${m[0]}"`, EXCLAIM_HINT.test(text));
  const { words } = lexiconFor(ctx.options.allowWords, ctx.options.extraWords);
  const names = orgNamesUpper(ctx);
  LETTER_WORD.lastIndex = 0;
  for (let m = LETTER_WORD.exec(text); m; m = LETTER_WORD.exec(text)) {
    const w = m[0];
    if (words.has(w.toLowerCase())) add('profanity', `"${maskWord(w)}"`, m.index, m.index + w.length);
    else if (capsKind(w, names) === 'shout') add('capitals', `"${w}"`, m.index, m.index + w.length);
  }
  return out;
}

/** Whether signals of two kinds are possible at all (cheap tests before the patterns run). */
function possible(seg: ProseSegment, ctx: CheckContext<Options>, names: ReadonlySet<string>): boolean {
  let kinds = 0;
  if (ANGER_TEST(seg)) kinds++;
  if (ACCUSATION_TEST(seg)) kinds++;
  if (hasAnyWord(seg, TONE_INSULT_KEYS)) kinds++;
  if (EXCLAIM_HINT.test(seg.text)) kinds++;
  if (kinds >= 2) return true;
  const { words } = lexiconFor(ctx.options.allowWords, ctx.options.extraWords);
  for (const w of segmentWords(seg)) {
    if (words.has(w)) {
      kinds++;
      break;
    }
  }
  if (kinds !== 1 || !CAPS_HINT.test(seg.text)) return kinds >= 2;
  LETTER_WORD.lastIndex = 0;
  for (let m = LETTER_WORD.exec(seg.text); m; m = LETTER_WORD.exec(seg.text)) if (capsKind(m[0], names) === 'shout') return true;
  return false;
}

/** Report paragraphs whose signals of anger reach the threshold, of at least two kinds. */
export function hostileTone(doc: Document, ctx: CheckContext<Options>): void {
  for (const seg of doc.prose) {
    if (seg.kind === 'heading' || seg.kind === 'tableCell' || seg.kind === 'frontMatter') continue;
    if (!possible(seg, ctx, orgNamesUpper(ctx))) continue;
    if (isForeignLanguage(seg)) continue;
    const signals = signalsIn(doc, seg, ctx);
    const counts = new Map<Kind, number>();
    for (const s of signals) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
    let score = 0;
    for (const [kind, n] of counts) score += Math.min(n, CAP[kind]);
    // Capitals and "!!" alone are the shouting check's business: hostility needs words, at
    // least two of them (anger, blame, profanity, insults), and signals of two kinds.
    const wordSignals = (counts.get('anger') ?? 0) + (counts.get('blame') ?? 0) + (counts.get('profanity') ?? 0) + (counts.get('insult') ?? 0);
    if (score < ctx.options.hostileToneMinScore || counts.size < 2 || wordSignals < 2) continue;
    let lead = 0;
    let trail = 0;
    while (lead < seg.text.length && seg.text.charCodeAt(lead) <= 32) lead++;
    while (trail < seg.text.length - lead && seg.text.charCodeAt(seg.text.length - 1 - trail) <= 32) trail++;
    const labels = [...new Set(signals.map((s) => s.label))].slice(0, 4).join(', ');
    ctx.report({ messageId: 'hostileTone', data: { signals: labels }, start: seg.start + lead, end: seg.end - trail });
  }
}
