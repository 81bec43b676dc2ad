/**
 * Every regular expression `neutrality` runs on user text. The patterns that name political
 * targets include the duty station's own parties and politicians from `settings.political`, so
 * they are built per settings by `politicalPatterns` (cached); the default build (no configured
 * names) is listed in `patterns` for the central ReDoS test, with the fixed helpers.
 *
 * All are linear: alternations of literal phrases, bounded repetition, gap words that are runs
 * of letters separated by white space (the two cannot overlap), lookbehinds of bounded length.
 */
import { ASCII_WORD_START as S, phraseSource, QUOTE_PATTERNS, TOKEN_PATTERNS, WORD_END as E, WORD_START as U } from '../../src/rule-kit/index.js';
import {
  ATTRIBUTION_VERBS,
  CAMPAIGN_WORK,
  ELECTION_WORDS,
  FIRST_PERSON,
  LOADED_ADJECTIVES,
  LOADED_NOUNS,
  LOADED_POSSESSIONS,
  OFFICES,
  PARTY_NAMES,
  POLITICAL_FIGURES,
  PROTEST_NOUNS,
  REGIME_SYSTEMS,
  STANCE_VERBS,
} from './political-terms.js';

const w = (list: readonly string[]): string => phraseSource(list);
const R = String.raw;

/** A bounded run of white space (masked markup leaves several spaces). */
const SP = R`\s{1,20}`;
/** One gap word: letters, digits and inner punctuation, bounded. */
const GAP_WORD = R`[\p{L}\p{N}'’-]{1,30}`;
/** Up to `n` gap words, lazily. */
const gap = (n: number): string => `(?:${SP}${GAP_WORD}){0,${n}}?`;

/** The start of a sentence or line: an imperative stands here ("Vote Labour!"). */
const LEAD = R`(?<=(?:^|[.!?:;,…"“(\r\n–—])\s{0,20})`;
/** "I", "we", "my family", "you should", "let's"... then up to two adverbs. */
const FIRST = `${S}${w(FIRST_PERSON)}${SP}(?:(?:proudly|definitely|absolutely|totally|fully|still|so|really|just|also|happily|going${SP}to|gonna|will|would|always|wholeheartedly|officially|openly|enthusiastically|gladly|again|all${SP}in${SP}(?:on|for)|100%|be|been|am|are|is|not|never|(?:so${SP})?(?:proud|happy|excited|honou?red|glad|thrilled|delighted)${SP}to)${SP}){0,3}`;
const WHO = `(?:${FIRST}|${LEAD})`;
/** WHO as the body of a lookbehind: the pattern can then start at the verb, which is cheaper. */
const WHO_BEHIND = `(?:${FIRST}|${R`(?:^|[.!?:;,…"“(\r\n–—])\s{0,20}`})`;

const OFFICE = w(OFFICES);

/** Election words strong enough to make a paragraph political (not "vote for your favourite photo"). */
const WEAK_ELECTION_WORDS = new Set(['vote', 'votes', 'voting', 'ticket', 'primary', 'primaries', 'candidate', 'candidates', 'mandate', 'the race', 'this race', 'manifesto', 'caucus']);
const ELECTION_CONTEXT = ELECTION_WORDS.filter((x) => !WEAK_ELECTION_WORDS.has(x));
const TITLE = R`(?:President|Prime\s{1,5}Minister|PM|Senator|Sen\.|Governor|Gov\.|Mayor|Minister|MP|Congressman|Congresswoman|Councillor|Councilor|Candidate|Premier|Chancellor)`;

/** Governments, bodies and office-holders that loaded words are said of. */
const BODIES = R`(?:government|regime|administration|junta|cabinet|ruling\s{1,5}party|opposition|president|prime\s{1,5}minister|PM|premier|minister|ministers|parliament|senate|congress|politicians|authorities|dictatorship)`;

/** A name: letters, maybe hyphenated ("Okafor-Diallo"), not the possessive "'s" after it. */
const NAME = R`\p{L}{2,30}(?:-\p{L}{2,30})?`;

/** The escaped alternation of configured names, or a pattern that never matches. */
function names(list: readonly string[]): string {
  return list.length > 0 ? w(list) : '(?!)';
}

/**
 * Political targets, each in its own group so the check can validate it: 1 a configured name,
 * 2 "X Party", 3 a generic party name, 4 "the opposition" and the like, 5 a titled politician,
 * 6 "her for mayor", 7 "Okafor for mayor".
 */
function targetSource(configured: string): string {
  return (
    `(${configured})` +
    R`|((?:[\p{L}'’-]{2,30}\s{1,5}){1,3}Part(?:y|ies))` +
    `|(${w(PARTY_NAMES)})` +
    R`|(the\s{1,5}(?:opposition|incumbent|ruling\s{1,5}(?:party|coalition)|governing\s{1,5}(?:party|coalition)|challenger))` +
    `|(${TITLE}${SP}${NAME})` +
    `|((?:her|him|them)${SP}for${SP}${OFFICE})` +
    `|(${NAME}${SP}for${SP}${OFFICE})`
  );
}

/** The patterns that depend on configured names. */
export interface PoliticalPatterns {
  /** First-person or imperative support or opposition of a political target. */
  endorse: RegExp;
  /** Campaign work done for someone ("knocking on doors for Amina"). */
  campaignFor: RegExp;
  /** A configured party or politician anywhere. */
  configured: RegExp;
  /** Words that make a paragraph political (elections, political figures, configured names). */
  context: RegExp;
  /** Governments, parties and politicians that loaded words can be said of. */
  partisanTarget: RegExp;
  /** Loaded adjective right before a political target ("corrupt government"). */
  loadedBefore: RegExp;
  /** A political target then a loaded predicate ("the opposition are traitors"). */
  loadedAfter: RegExp;
  /** "the regime's lies", "the government's propaganda". */
  possessive: RegExp;
  /** "lies of the regime", "propaganda of the government". */
  possessionOf: RegExp;
  /** Resharing of political content as something the author does. */
  reshare: RegExp;
}

/** Build the patterns for a set of configured names (parties, politicians). */
export function buildPoliticalPatterns(parties: readonly string[], politicians: readonly string[]): PoliticalPatterns {
  const surnames = politicians.flatMap((p) => {
    const parts = p.trim().split(/\s+/u);
    const last = parts.at(-1) ?? '';
    return parts.length >= 2 && last.length >= 4 ? [last] : [];
  });
  // "Harbour Alliance" is also written "HarbourAlliance" in handles and hashtags.
  const joined = [...parties, ...politicians].flatMap((p) => (p.includes(' ') ? [p.replace(/[\s'’]+/gu, '')] : []));
  const configured = names([...parties, ...politicians, ...surnames, ...joined]);
  const target = targetSource(configured);
  const partisanTarget =
    R`(?:the|this|that|our|their|his|her|your|its|a)\s{1,5}(?:(?:current|present|new|former|so-called|[\p{Lu}][\p{L}-]{1,30})\s{1,5}){0,2}` +
    BODIES +
    R`|${S}(?:politicians|the\s{1,5}political\s{1,5}class|the\s{1,5}left|the\s{1,5}right|leftists|left-wingers|right-wingers|lefties|liberals|conservatives|progressives|Democrats|Republicans|Tories|Labour|the\s{1,5}establishment)` +
    `|${TITLE}${SP}[\\p{Lu}][\\p{L}'’-]{1,30}` +
    R`|(?:[\p{Lu}][\p{L}'’-]{1,30}\s{1,5}){1,3}Party` +
    `|${configured}`;
  const figure = `(?:${w(POLITICAL_FIGURES)}|${configured})`;
  return {
    endorse: new RegExp(`${S}(?<=${WHO_BEHIND})(${w(STANCE_VERBS)})${SP}(?:(?:the|a|an|for|our|my|their|this|candidate|leader|team)${SP}){0,2}(?:${target})(?![\\p{L}\\p{N}_])`, 'giud'),
    campaignFor: new RegExp(`${S}(${w(CAMPAIGN_WORK)})${gap(3)}${SP}for${SP}(?:the${SP})?(?:${target}|(her|him|them)|([\\p{L}'’-]{2,30}))(?![\\p{L}\\p{N}_])`, 'giud'),
    configured: new RegExp(`${U}${configured}${E}`, 'gu'),
    context: new RegExp(`${U}(?:${w(ELECTION_CONTEXT)}|${w(POLITICAL_FIGURES)}|${configured})${E}`, 'iu'),
    partisanTarget: new RegExp(`${U}(?:${partisanTarget})${E}`, 'giu'),
    possessive: new RegExp(`${U}(?<target>${partisanTarget})['’]s${SP}(?:(?:own|latest|usual|endless|constant|shameless|daily|many|vile|blatant)${SP}){0,2}(?<loaded>${w(LOADED_POSSESSIONS)})${E}`, 'giud'),
    possessionOf: new RegExp(`${S}(?<loaded>${w(LOADED_POSSESSIONS)})${SP}of${SP}(?<target>${partisanTarget})${E}`, 'giud'),
    loadedBefore: new RegExp(`${S}(?<loaded>${w(LOADED_ADJECTIVES)})${SP}(?:(?:and|,|so-called|${w(LOADED_ADJECTIVES)})${SP}){0,2}(?<target>${partisanTarget}|${BODIES})${E}`, 'giud'),
    loadedAfter: new RegExp(
      `${U}(?<target>${partisanTarget})${SP}(?<loaded>(?:is|are|was|were|have\\s{1,5}become|has\\s{1,5}become|remain|remains|['’]re|['’]s)${SP}(?:(?:nothing${SP}but|just|all|a${SP}bunch${SP}of|a${SP}gang${SP}of|a${SP}pack${SP}of|a${SP}band${SP}of|such|total|complete|utter|absolute|so|totally|utterly|completely|nothing${SP}more${SP}than|a|an|the|plain|simply|clearly|obviously|nothing${SP}but${SP}a)${SP}){0,3}(${w(LOADED_NOUNS)}|${w(LOADED_ADJECTIVES)})` +
        `|(?:keeps${SP}|keep${SP}|is${SP}|are${SP})?(lying|lies${SP}(?:to|about|again|every|constantly)|lied${SP}(?:to|about|again)|stole${SP}the${SP}election|rigged${SP}the${SP}(?:election|vote|polls)|betrayed${SP}(?:us|the${SP}people|the${SP}country|the${SP}nation)|sold${SP}(?:us|the${SP}country)${SP}out|(?:is|are)${SP}(?:destroying|ruining|wrecking|killing)${SP}(?:the|our|this)${SP}(?:country|nation|economy)))${E}`,
      'giud',
    ),
    reshare: new RegExp(
      `(?:${FIRST}|${LEAD}(?:(?:just|finally|also|happily|proudly)${SP})?)(retweeted|re-tweeted|reposted|re-posted|reshared|re-shared|shared|liked|followed|boosted|quote-tweeted|amplified|RT['’]?d|(?:am|are|been|started)${SP}following|following|follow|like|retweet|repost|reshare|share|boost|RT)${gap(5)}${SP}` +
        `(?:(?:the|a|an|his|her|their|this|that|our|my)${gap(2)}${SP}${figure}(?:['’]s)?|${configured}|@[\\p{L}\\p{N}_]{1,30})(?![\\p{L}\\p{N}_])`,
      'giud',
    ),
  };
}

// ---------------------------------------------------------------- fixed lists for the builder



// ---------------------------------------------------------------- fixed patterns

/** "vote yes", "voting no on Proposition 5", from the author or as a call. */
export const VOTE_YES_NO = new RegExp(`${WHO}(?:vote|voting|voted)${SP}(?:yes|no|leave|remain)(?!${SP}or)${E}`, 'giu');

/** Slogans that take a side in any country. */
export const SLOGAN = new RegExp(
  `${S}(?:(?:four|4)${SP}more${SP}years(?=\\s{0,5}(?:[!.#]|$))|${w(['vote them out', 'vote him out', 'vote her out', 'not my president', 'not my prime minister', 'not my pm', 'not my mayor', 'not my governor', 'lock him up', 'lock her up', 'lock them up', 'throw the bums out', 'drain the swamp', 'vote blue', 'vote red', 'vote them all out'])})${E}`,
  'giu',
);

/** A name-for-office slogan ("Okafor for Mayor 2028!"), capitalised, at the end of a sentence. */
export const NAME_FOR_OFFICE = new RegExp(
  R`(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}'’-]{1,30})\s{1,5}for\s{1,5}(?:President|Mayor|Governor|Senate|Senator|Congress|Parliament|Prime\s{1,5}Minister|PM|Council|MP|Chancellor|Premier)(?:\s{0,5}(?:20\d\d|'\d\d))?(?=\s{0,5}(?:$|[!.#,;]|\p{Extended_Pictographic}))`,
  'gu',
);

/** "the only sensible choice", "the obvious candidate": a ballot choice if the sentence is electoral. */
export const ONLY_CHOICE = new RegExp(
  `${S}(?:the${SP}|one${SP}|only${SP})(?:(?:only|one|real|sensible|serious|right|obvious|logical|sane|reasonable|possible|true|clear|decent|viable|smart)${SP}){1,3}(?:choice|option|candidate|vote|answer|pick)${E}`,
  'giu',
);

/** Words that make a sentence electoral, for ONLY_CHOICE and hashtags with a year. */
export const ELECTORAL = new RegExp(`${S}(?:${w(ELECTION_CONTEXT)}|on${SP}the${SP}ballot|at${SP}the${SP}polls|${OFFICE}${SP}race)${E}`, 'iu');

/** A hashtag. */
export const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{N}_]{2,60})(?![\p{L}\p{N}_])/gu;

/** A hashtag body ending in a year: #Okafor2028. */
export const HASHTAG_YEAR = /^(\p{L}{2,40}?)(?:20[2-4]\d)$/u;

/** Gatherings to join: "join us at the rally", "I marched", "see you at the protest". */
const PROTEST = w(PROTEST_NOUNS);
export const JOIN_PROTEST = new RegExp(
  `(?:${FIRST}(?:join(?:ed|ing)?|attend(?:ed|ing)?|went${SP}to|going${SP}to|heading${SP}(?:down${SP})?to|took${SP}part${SP}in|taking${SP}part${SP}in|spoke${SP}at|speaking${SP}at|be${SP}at|was${SP}at|were${SP}at|organi[sz](?:ed|ing)|lead(?:ing)?|led|marched${SP}(?:in|with|at)|marching${SP}(?:in|with|at))` +
    `|${S}(?:join${SP}(?:us|me)|come${SP}(?:out|along|down|and${SP}join${SP}us)|see${SP}you|show${SP}up|turn${SP}out|be${SP}there|meet${SP}(?:us|me)|stand${SP}with${SP}us)${SP}(?:at|for|in|on|to)` +
    `|${LEAD}(?:(?:just|finally|also)${SP})?(?:went${SP}to|joined|attended|marched${SP}(?:in|with|at)|spoke${SP}at|heading${SP}(?:down${SP})?to|off${SP}to)` +
    `|${LEAD}(?:please${SP})?(?:join|attend))(?:${SP}(?:the|a|an|this|our|their|tomorrow['’]s|today['’]s|tonight['’]s|this${SP}weekend['’]s|saturday['’]s|sunday['’]s|friday['’]s|big|huge|peaceful|mass|national|nationwide|weekend['’]s|next|upcoming)){0,3}${gap(3)}${SP}(${PROTEST})${E}`,
  'giud',
);

/** "I'll be marching", "we protested", "taking to the streets". */
export const PROTESTING = new RegExp(
  `${FIRST}(?:marching|marched|protesting|protested|rallying|demonstrating|demonstrated|picketing|picketed|striking)(?:${SP}(?:against|for|outside|in${SP}front${SP}of|alongside|with${SP}(?:thousands|hundreds|crowds|fellow|other)|through${SP}the${SP}streets|on${SP}(?:the|parliament|city${SP}hall|the${SP}capital|saturday|sunday|friday|monday|tuesday|wednesday|thursday|the${SP}weekend))${E}|(?=\\s{0,5}(?:[.!]|$)))` +
    `|${S}(?:take|taking|took|go|going)${SP}to${SP}the${SP}streets${E}|${S}(?:everyone|all)${SP}(?:out${SP})?(?:to|onto)${SP}the${SP}streets${E}|${S}bring${SP}(?:your${SP})?(?:placards|banners|protest${SP}signs)${E}`,
  'giu',
);

/** Signing or sharing a petition, from the author or as a call. */
export const PETITION = new RegExp(
  `(?:${FIRST}|${LEAD}|${S}go${SP}(?:and${SP})?)(?:please${SP})?(?:sign(?:ed|ing)?|share|add${SP}your${SP}name${SP}to)(?:${SP}and${SP}share)?${SP}(?:the|our|this|my|a|their)${gap(3)}${SP}petition${E}`,
  'giu',
);

/** Donating to a campaign or party. */
export const DONATE = new RegExp(
  `${S}(?:donate|donated|donating|give|gave|giving|chip${SP}in|chipped${SP}in|contribute|contributed|contributing|send|sent)${SP}(?:[$€£]?\\d{1,7}${SP}|what${SP}you${SP}can${SP}|generously${SP})?(?:to|towards)${SP}(?:the${SP}|his${SP}|her${SP}|their${SP}|our${SP}|my${SP}|[\\p{L}'’-]{2,30}['’]s${SP})?((?:(?:re-?election|election|electoral|presidential|mayoral|senate|congressional|parliamentary|leadership|political|party)${SP})?(?:campaign|campaign${SP}fund|war${SP}chest|party|candidate))${E}`,
  'giud',
);

/** A political qualifier for a donation's campaign. */
export const POLITICAL_CAMPAIGN = /(?:re-?election|election|electoral|presidential|mayoral|senate|congressional|parliamentary|leadership|political|party|candidate)/iu;

/** Joining a party or a campaign, running for office, campaign work without a target. */
export const PARTY_MEMBERSHIP = new RegExp(
  `${FIRST}(?:(?:just|officially|finally|proudly)${SP})?(?:joined|became${SP}a${SP}member${SP}of|signed${SP}up${SP}(?:for|with|to)|volunteer(?:ing|ed)?${SP}(?:for|with)|(?:a${SP})?(?:card-carrying${SP})?member${SP}of)(?:${SP}(?:the|a|his|her|their))?${gap(3)}${SP}(?:political${SP}party|party|(?:re-?election|election|presidential|mayoral|political|leadership)${SP}campaign|campaign${SP}team)${E}` +
    `|${FIRST}(?:running|ran|run|standing|stood|stand)${SP}(?:for${SP}(?:office|parliament|council|city${SP}council|mayor|the${SP}senate|senate|congress|president|re-?election|governor|MP|the${SP}assembly)|as${SP}(?:a|an)${SP}(?:\\p{L}{2,30}${SP})?candidate)${E}` +
    `|${FIRST}(${w(CAMPAIGN_WORK)})${E}`,
  'giu',
);

/** Reported speech before a loaded statement: "critics say", "according to". */
export const ATTRIBUTION = new RegExp(`${S}${w(ATTRIBUTION_VERBS)}${E}`, 'iu');

/** A word that makes "regime" a system of rules ("tax regime"), right before it. */
export const REGIME_SYSTEM_BEFORE = new RegExp(`${S}${w(REGIME_SYSTEMS)}${SP}regime`, 'iu');

/** "shame on", "down with", "must go", "blood on its hands": slogans of opposition. */
export const OPPOSITION_SLOGAN_BEFORE = new RegExp(`${S}(?:shame${SP}on|down${SP}with|so-called)${SP}$`, 'iu');
export const OPPOSITION_SLOGAN_AFTER = new RegExp(
  `^(?:['’]s)?${SP}(?:must${SP}(?:go|resign|fall|be${SP}stopped|be${SP}removed|be${SP}ousted)|(?:has|have)${SP}blood${SP}on${SP}(?:its|their|his|her)${SP}hands|should${SP}(?:resign|be${SP}ashamed|go)|needs${SP}to${SP}go)${E}`,
  'iu',
);

/** Loaded words about elections: "rigged election", "stolen vote", "sham referendum". */
export const LOADED_ELECTION = new RegExp(`${S}(?:rigged|stolen|sham|fake|fraudulent|bogus|so-called|farcical|illegitimate)${SP}(?:elections?|votes?|referendum|polls?|ballots?)${E}`, 'giu');

/** "enemy of the people" and similar labels, wherever they stand. */
export const LOADED_LABEL = new RegExp(`${S}(?:enem(?:y|ies)${SP}of${SP}the${SP}people|puppet${SP}(?:government|regime|president|parliament)|regime${SP}change${SP}now)${E}`, 'giu');

/** "RT @handle" or "RT:" at the start of a reshare (case-sensitive: "RT" only). */
export const RT_MARKER = /(?<![\p{L}\p{N}_])RT\s{0,3}(?:@[\p{L}\p{N}_]{1,30}|:)/gu;

/** A call to reshare: "please RT", "share if you agree", "retweet this". */
export const RESHARE_CALL = new RegExp(
  `(?:${LEAD}|${S}please${SP})(?:RT|retweet|repost|reshare|share|boost|like${SP}and${SP}share|like${SP}(?:&|and)${SP}retweet|follow)${SP}(?:this|if${SP}you${SP}agree|to${SP}show|and${SP}share|widely|everywhere|far${SP}and${SP}wide|@[\\p{L}\\p{N}_]{1,30})${E}`,
  'giu',
);

/** A UN body led by a "President" (not a politician): "President of the General Assembly". */
export const NON_POLITICAL_PRESIDENT = /^\s{0,5}of\s{1,5}the\s{1,5}(?:General\s{1,5}Assembly|Security\s{1,5}Council|Economic\s{1,5}and\s{1,5}Social|ECOSOC|Human\s{1,5}Rights\s{1,5}Council|Executive\s{1,5}Board|Board|World\s{1,5}Bank|Court|Tribunal|Foundation|Association|Society|Committee|Commission|Red\s{1,5}Cross|International\s{1,5}Committee|IFRC|ICRC|University|College|Council\s{1,5}of|African\s{1,5}Development\s{1,5}Bank|Asian\s{1,5}Development\s{1,5}Bank|Inter-American)/iu;

/** After a target: its non-political work ("the minister's vaccination drive"). */
export const PROGRAMME_AFTER = /^['’]s\s{1,5}(?:[\p{L}-]{1,30}\s{1,5}){0,2}?(?:programme|program|initiative|plan|strategy|vaccination|immuni[sz]ation|efforts|work|response|visit|speech|remarks|statement|address|report|announcement|office|team|ministry|department|commitment|call|pledge|leadership)(?![\p{L}])/iu;

/** Social-media things that make "liked", "shared", "followed" a reshare, not an opinion. */
export const SOCIAL_OBJECT = /(?<![\p{L}])(?:posts?|tweets?|page|videos?|photos?|threads?|status|updates?|reels?|story|stories|comments?|account|profile|feed|handle|channel|livestream|clips?|memes?|on\s{1,5}(?:twitter|x|instagram|facebook|tiktok|social\s{1,5}media|linkedin|threads|bluesky|mastodon|youtube))(?![\p{L}])|@[\p{L}\p{N}_]/iu;

/** Reshare verbs that need a social-media object to count ("liked the minister's post"). */
export const AMBIGUOUS_RESHARE_VERB = /^(?:shared|liked|followed|following|follow|like|share|am\s{1,20}following|are\s{1,20}following|been\s{1,20}following|started\s{1,20}following)$/iu;

/** A date right after "March": "March 5", "March 2024". */
export const MONTH_AFTER = /^\s{0,3}\d/u;

/** Capitalised words right before a capitalised gathering word: an event's name ("Safari Rally"). */
export const CAPS_WORDS_BEFORE = /((?:\p{Lu}[\p{L}'’-]{0,30}\s{1,5}){1,4})$/u;

/** Words that make an event's name political ("Unity Party Rally", "Women's March", "Climate Strike"). */
export const POLITICAL_EVENT_WORD = /(?<![\p{L}])(?:Party|Campaign|Election|Electoral|Opposition|Resistance|Solidarity|Protest|Freedom|Justice|Climate|Women['’]s|Peace|People['’]s|Workers['’]|Liberation|Independence|Democracy|Rights|Pride|Unity)(?![\p{L}])/u;

/** A determiner or possessive right before a capitalised gathering word ("the March", "Saturday's Rally"). */
export const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|this|our|their|[\p{L}]+['’]s)\s{1,5}$/iu;

/** A target that ends in "regime", "party" or "President" (validated in code). */
export const REGIME_WORD_END = /regimes?$/iu;
export const PARTY_WORD_END = /part(?:y|ies)$/iu;
export const PRESIDENT_WORD_END = /president$/iu;

/** A titled politician: "Minister Okafor", "Senator Diallo". */
export const TITLED_NAME = new RegExp(`^${TITLE}${SP}[\\p{L}'’-]{2,30}$`, 'iu');

/** A capital letter or digit (the next character of a CamelCase hashtag). */
export const UPPER_NEXT = /^[\p{Lu}\p{N}]/u;

/** A match that ends in an @handle. */
export const HANDLE_END = /@[\p{L}\p{N}_]{1,30}$/u;

/** After campaign work: "for" and a name or pronoun, which the endorsement check reports. */
export const FOR_SOMEONE_AFTER = /^(?:\s{1,20}[\p{L}'’-]{1,30}){0,3}?\s{1,20}for\s{1,20}(?:the\s{1,20})?(?:\p{Lu}|her(?![\p{L}])|him(?![\p{L}])|them(?![\p{L}]))/u;

/** A capital letter at the start of a word. */
export const CAPITAL_START = /^\p{Lu}/u;

/** A run of white space (to split matched names into words). */
export const SPACE_RUN = /\s+/gu;

/** Every pattern that runs on user text, for the central ReDoS test. */
const defaults = buildPoliticalPatterns([], []);
export const patterns: Record<string, RegExp> = {
  ...QUOTE_PATTERNS,
  ...TOKEN_PATTERNS,
  endorse: defaults.endorse,
  campaignFor: defaults.campaignFor,
  configured: defaults.configured,
  context: defaults.context,
  partisanTarget: defaults.partisanTarget,
  loadedBefore: defaults.loadedBefore,
  loadedAfter: defaults.loadedAfter,
  reshare: defaults.reshare,
  possessionOf: defaults.possessionOf,
  possessive: defaults.possessive,
  VOTE_YES_NO,
  SLOGAN,
  NAME_FOR_OFFICE,
  ONLY_CHOICE,
  ELECTORAL,
  HASHTAG,
  HASHTAG_YEAR,
  JOIN_PROTEST,
  PROTESTING,
  PETITION,
  DONATE,
  POLITICAL_CAMPAIGN,
  PARTY_MEMBERSHIP,
  ATTRIBUTION,
  REGIME_SYSTEM_BEFORE,
  OPPOSITION_SLOGAN_BEFORE,
  OPPOSITION_SLOGAN_AFTER,
  LOADED_ELECTION,
  LOADED_LABEL,
  RT_MARKER,
  RESHARE_CALL,
  NON_POLITICAL_PRESIDENT,
  PROGRAMME_AFTER,
  CAPITAL_START,
  SPACE_RUN,
  SOCIAL_OBJECT,
  FOR_SOMEONE_AFTER,
  HANDLE_END,
  UPPER_NEXT,
  REGIME_WORD_END,
  PARTY_WORD_END,
  PRESIDENT_WORD_END,
  TITLED_NAME,
  MONTH_AFTER,
  CAPS_WORDS_BEFORE,
  POLITICAL_EVENT_WORD,
  DETERMINER_BEFORE,
  AMBIGUOUS_RESHARE_VERB,
};

export { defaults as DEFAULT_POLITICAL_PATTERNS };
