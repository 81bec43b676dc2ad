/**
 * Shared helpers of the `neutrality` checks: the patterns for the configured names (built once
 * per settings), validation of a matched political target, and whether words are someone else's.
 */
import { keyWords, othersWords, sentenceWindow, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { ATTRIBUTION, OWN_ATTRIBUTION, buildPoliticalPatterns, CAPITAL_START, GENERIC_PARTY, DEFAULT_POLITICAL_PATTERNS, PROGRAMME_AFTER, SPACE_RUN, type PoliticalPatterns } from './patterns.js';
import { NON_POLITICAL_PARTIES, PARTY_NAMES } from './political-terms.js';
import type { Options } from './options.js';

const cache = new WeakMap<object, PoliticalPatterns>();

/** The patterns for this file's settings (configured parties and politicians included). */
export function patternsFor(ctx: CheckContext<Options>): PoliticalPatterns {
  const pol = ctx.settings.political;
  if (pol.parties.length === 0 && pol.politicians.length === 0) return DEFAULT_POLITICAL_PATTERNS;
  let hit = cache.get(pol);
  if (!hit) cache.set(pol, (hit = buildPoliticalPatterns(pol.parties, pol.politicians)));
  return hit;
}

const hashtagCache = new WeakMap<object, Set<string>>();

/** Configured partisan hashtags, lower case, without "#". */
export function configuredHashtags(ctx: CheckContext<Options>): Set<string> {
  const pol = ctx.settings.political;
  let hit = hashtagCache.get(pol);
  if (!hit) hashtagCache.set(pol, (hit = new Set(pol.hashtags.map((h) => (h.startsWith('#') ? h.slice(1) : h).toLowerCase()))));
  return hit;
}

const nonParties = new Set(NON_POLITICAL_PARTIES.map((p) => p.toLowerCase()));
const partyNames = new Set(PARTY_NAMES.map((p) => p.replace(SPACE_RUN, ' ')));

/** Words of a target that must be capitalised to be names ("Okafor", not "change"). */
function capitalised(word: string): boolean {
  return CAPITAL_START.test(word);
}

/**
 * Whether the target a pattern matched is political. `groups` are the seven target groups of
 * `targetSource` in order (configured, X Party, party name, the opposition, titled, pronoun for
 * office, name for office); `after` is the text right after the match.
 */
export function validTarget(groups: ReadonlyArray<string | undefined>, after: string, orgNames: ReadonlySet<string>): boolean {
  const [configured, xParty, partyName, opposition, titled, pronounOffice, nameOffice] = groups;
  // "support Minister Vantrell's vaccination programme" is about a programme, not a candidate.
  if (PROGRAMME_AFTER.test(after)) return false;
  if (configured) return true;
  if (xParty) {
    if (GENERIC_PARTY.test(xParty)) return true;
    const words = xParty.split(SPACE_RUN).filter((w) => w.toLowerCase() !== 'the');
    const first = words[0] ?? '';
    return words.every(capitalised) && !nonParties.has(first.toLowerCase()) && !orgNames.has(first.toUpperCase());
  }
  if (partyName) return partyNames.has(partyName.replace(SPACE_RUN, ' '));
  if (opposition || pronounOffice) return true;
  if (titled) {
    const words = titled.split(SPACE_RUN);
    const name = words.at(-1) ?? '';
    return capitalised(name) && capitalised(words[0] ?? '');
  }
  if (nameOffice) {
    const name = nameOffice.split(SPACE_RUN)[0] ?? '';
    return capitalised(name) && !orgNames.has(name.toUpperCase()) && !NOT_NAMES.has(name.toLowerCase());
  }
  return false;
}

/** Capitalised words before "for mayor" that are not candidates ("Nominations for Mayor"). */
const NOT_NAMES = new Set([
  'candidates', 'candidate', 'nominations', 'nominees', 'nominee', 'applications', 'votes', 'vote', 'campaign',
  'race', 'running', 'support', 'ballots', 'elections', 'election', 'debate', 'results', 'turnout', 'polls',
  'voting', 'primary', 'primaries', 'contest', 'bid', 'funding', 'money', 'donations', 'endorsements',
  'everyone', 'anyone', 'nobody', 'someone', 'somebody', 'we', 'i', 'they', 'you', 'he', 'she', 'it',
  'this', 'that', 'these', 'those', 'time', 'plans', 'plan', 'hopes',
]);

/** Organisation names in capitals from settings (so "UNICEF for ..." is not a candidate). */
const orgCache = new WeakMap<readonly string[], Set<string>>();
export function orgNames(ctx: CheckContext<Options>): Set<string> {
  const names = ctx.settings.organization.names;
  let hit = orgCache.get(names);
  if (!hit) orgCache.set(names, (hit = new Set(names.map((n) => n.toUpperCase()))));
  return hit;
}

/**
 * Whether a span (relative to the segment) is someone else's words: a quotation of any length
 * (political quotations are reporting), a blockquote, or a sentence that attributes the view
 * ("critics say ...", "according to ...") before the span.
 */
export function reported(doc: Document, seg: ProseSegment, from: number, to: number, ctx: CheckContext<Options>): boolean {
  if (!ctx.options.ignoreQuoted) return false;
  if (othersWords(doc, seg, from, to, 'others')) return true;
  const window = sentenceWindow(doc, seg.start + from, seg.start + to, 200);
  const before = window.text.slice(0, Math.max(0, seg.start + from - window.start));
  // Someone else's view ("critics say ..."), unless the author is the one who said it.
  ATTRIBUTION.lastIndex = 0;
  for (let m = ATTRIBUTION.exec(before); m; m = ATTRIBUTION.exec(before)) {
    if (!OWN_ATTRIBUTION.test(before.slice(Math.max(0, m.index - 30), m.index))) return true;
  }
  return false;
}

const configuredKeyCache = new WeakMap<object, Set<string>>();

/** Lower-case words of the configured parties and politicians (prefilter keys). */
export function configuredKeys(ctx: CheckContext<Options>): Set<string> {
  const pol = ctx.settings.political;
  let hit = configuredKeyCache.get(pol);
  if (!hit) {
    hit = new Set<string>();
    for (const name of [...pol.parties, ...pol.politicians]) for (const w of keyWords(name.split(' '))) hit.add(w);
    configuredKeyCache.set(pol, hit);
  }
  return hit;
}
