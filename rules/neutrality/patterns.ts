/**
 * Every regular expression `neutrality` runs on user text. The patterns that name political
 * targets include the duty station's own parties and politicians from `settings.political`, so
 * they are built per settings by `politicalPatterns` (cached); the default build (no configured
 * names) is listed in `patterns` for the central ReDoS test, with the fixed helpers.
 *
 * All are linear: alternations of literal phrases, bounded repetition, gap words that are runs
 * of letters separated by white space (the two cannot overlap), lookbehinds of bounded length.
 */
import { lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { ASCII_WORD_START as S, deferredPhraseSource, phraseSource, QUOTE_PATTERNS, TOKEN_PATTERNS, WORD_END as E, WORD_START as U } from '../../src/rule-kit/index.js';
import {
  ATTRIBUTION_VERBS,
  CAMPAIGN_WORK,
  GENERIC_WORK,
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

/** A word list's source, built when a pattern holding it is first used. */
const w = deferredPhraseSource;
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
const FIRST = `${S}(?:${w(FIRST_PERSON)}|(?:my|our)(?:${SP}[\\p{L}'’-]{1,20}){1,2}${SP}(?:is|are|will${SP}be|was|were|['’]s|['’]re))${SP}(?:(?:proudly|definitely|absolutely|totally|fully|still|so|really|just|also|happily|going${SP}to|gonna|will|would|always|wholeheartedly|officially|openly|enthusiastically|gladly|again|all${SP}in${SP}(?:on|for)|100%|be|been|am|are|is|not|never|should|must|can['’]t|cannot|won['’]t|will${SP}not|don['’]t|do${SP}not|no${SP}longer|refuse${SP}to|need${SP}to|has${SP}to|have${SP}to|gotta|(?:so${SP})?(?:proud|happy|excited|honou?red|glad|thrilled|delighted)${SP}to)${SP}){0,3}`;
const WHO = `(?:${FIRST}|${LEAD})`;
/** WHO as the body of a lookbehind: the pattern can then start at the verb, which is cheaper. */
const WHO_BEHIND = `(?:${FIRST}|${R`(?:^|[.!?:;,…"“(\r\n–—])\s{0,20}`})`;

const OFFICE = w(OFFICES);

/** Election words strong enough to make a paragraph political (not "vote for your favourite photo"). */
const WEAK_ELECTION_WORDS = new Set(['vote', 'votes', 'voting', 'ticket', 'primary', 'primaries', 'candidate', 'candidates', 'mandate', 'the race', 'this race', 'manifesto', 'caucus']);
const ELECTION_CONTEXT = ELECTION_WORDS.filter((x) => !WEAK_ELECTION_WORDS.has(x));
const TITLE = R`(?:President|Prime\s{1,5}Minister|PM|Senator|Sen\.|Governor|Gov\.|Mayor|Minister|MP|Congressman|Congresswoman|Councillor|Councilor|Candidate|Premier|Chancellor)`;

/** Governments, bodies and office-holders that loaded words are said of. */
const BODIES = R`(?:government|regime|administration|junta|cabinet|governor|mayor|senator|senators|congressman|congresswoman|councillor|councilor|MP|MPs|speaker|chancellor|vice\s{1,5}president|deputy\s{1,5}minister|lawmakers|legislators|(?:ruling|governing)\s{1,5}(?:party|coalition)|opposition(?:\s{1,5}leader)?|party\s{1,5}leader|leader\s{1,5}of\s{1,5}the\s{1,5}opposition|head\s{1,5}of\s{1,5}state|president|prime\s{1,5}minister|PM|premier|minister|ministers|parliament|senate|congress|politicians|authorities|dictatorship)`;

/** A name: letters, maybe hyphenated ("Okafor-Diallo"), not the possessive "'s" after it. */
const NAME = R`\p{L}{2,30}(?:-\p{L}{2,30})?`;

/** The escaped alternation of configured names, or a pattern that never matches. */
function names(list: readonly string[]): string {
  // Built now: each settings object brings a new list, which a stand-in would keep for good.
  return list.length > 0 ? phraseSource(list) : '(?!)';
}

/**
 * Political targets, each in its own group so the check can validate it: 1 a configured name,
 * 2 "X Party", 3 a generic party name, 4 "the opposition" and the like, 5 a titled politician,
 * 6 "her for mayor", 7 "Okafor for mayor".
 */
function targetSource(configured: string): string {
  return (
    `(${configured})` +
    R`|((?:[\p{L}'’-]{2,30}\s{1,5}){1,3}(?:Part(?:y|ies)|(?:Front|Alliance|Movement|Coalition|Congress|League|Bloc)(?!\s{1,5}(?:for|of|on|against|to)(?![\p{L}]))))` +
    `|(${w(PARTY_NAMES)})` +
    R`|((?:the\s{1,5}(?:opposition|incumbent|ruling\s{1,5}(?:party|coalition)|governing\s{1,5}(?:party|coalition)|challenger)|(?:our|my|your|the)\s{1,5}(?:(?:local|own|preferred|favourite|favorite|chosen|independent|opposition|party['’]s)\s{1,5})?candidate|(?:the|his|her|their)\s{1,5}(?:[\p{L}-]{2,30}['’]s\s{1,5})?(?:re-?election|presidential|mayoral|senate|parliamentary)\s{1,5}(?:bid|campaign|run)|(?:his|her|their)\s{1,5}(?:campaign|candidacy)))` +
    `|(${TITLE}${SP}${NAME})` +
    `|((?:her|him|them)${SP}for${SP}${OFFICE})` +
    `|(${NAME}${SP}for${SP}${OFFICE})`
  );
}

/** Praise that makes a statement about a politician or party an endorsement. */
const PRAISE = R`(?:is|are|['’]s|['’]re)\s{1,20}(?:(?:clearly|simply|really|truly|obviously|definitely)\s{1,20})?(?:the\s{1,20}only\s{1,20}(?:one|person|man|woman|leader|party|candidate)\s{1,20}(?:who|that)\s{1,20}can|our\s{1,20}(?:only|last|best)\s{1,20}hope|the\s{1,20}(?:best|right|only|obvious)\s{1,20}(?:choice|candidate|leader|president|person|man|woman|party|option)|the\s{1,20}leader\s{1,20}(?:we|this\s{1,20}country|the\s{1,20}country)\s{1,20}needs?)` +
  R`|(?:gets|has|deserves|earned|earns)\s{1,20}(?:my|our|your)\s{1,20}votes?|deserves\s{1,20}(?:another|a\s{1,20}second)\s{1,20}term|(?:must|should|deserves\s{1,20}to)\s{1,20}win|will\s{1,20}save\s{1,20}(?:us|the\s{1,20}country|this\s{1,20}country)` +
  R`|(?:gets|has|have|get|earned|earns|deserves)\s{1,20}(?:my|our)\s{1,20}(?:(?:full|total|complete|unconditional|wholehearted)\s{1,20})?(?:support|backing|endorsement)` +
  R`|(?:deserves?|deserved)\s{1,20}to\s{1,20}lose|(?:must|should|needs?\s{1,20}to|has\s{1,20}to|have\s{1,20}to)\s{1,20}(?:lose|go|be\s{1,20}(?:defeated|stopped|voted\s{1,20}out|removed|kicked\s{1,20}out))|can(?:not|['’]t)\s{1,20}be\s{1,20}trusted|(?:is|are)\s{1,20}(?:finished|done\s{1,20}for|a\s{1,20}disaster\s{1,20}for\s{1,20}(?:this|the|our)\s{1,20}country)`;

/** A cheap test for `praise`: the praise alone, wherever it stands (the target is tested after). */
export const PRAISE_HINT = lazyRegExp(PRAISE, 'iu');

/** Joy at a party's or candidate's win: "So happy the Progress Party won". */
const CELEBRATE = R`(?:so\s{1,20})?(?:happy|glad|proud|thrilled|delighted|pleased|relieved|overjoyed)\s{1,20}(?:that\s{1,20})?`;

/** The patterns that depend on configured names. */
export interface PoliticalPatterns {
  /** First-person or imperative support or opposition of a political target. */
  endorse: RegExp;
  /** A politician or party praised ("Minister Haddad is the only one who can fix this"): groups 1-7 are the target. */
  praise: RegExp;
  /** Joy at a win ("so happy the Progress Party won"): groups 1-7 are the target. */
  celebrate: RegExp;
  /** "kick the ruling party out": groups 1-7 are the target groups. */
  oust: RegExp;
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
    R`|(?:[\p{Lu}][\p{L}'’-]{1,30}\s{1,5}){1,3}(?:Party|(?:Front|Alliance|Movement|Coalition|Congress|League|Bloc)(?!\s{1,5}(?:for|of|on|against|to)(?![\p{L}])))` +
    `|${configured}`;
  const figure = `(?:${w(POLITICAL_FIGURES)}|${configured})`;
  return {
    // The verb is looked for first (the lookahead), the subject behind it only where one stands.
    endorse: lazyRegExp(`${S}(?=${w(STANCE_VERBS)})(?<=${WHO_BEHIND})(${w(STANCE_VERBS)})${SP}(?:(?:the|a|an|for|our|my|their|this|candidate|leader|team)${SP}){0,2}(?:${target})(?![\\p{L}\\p{N}_])`, 'giud'),
    praise: lazyRegExp(`(?:${target})${SP}(?:${PRAISE})(?![\\p{L}\\p{N}_])`, 'giud'),
    celebrate: lazyRegExp(`${S}${CELEBRATE}(?:${target})${SP}(?:won|wins|has${SP}won|is${SP}winning|swept|took)(?![\\p{L}\\p{N}_])`, 'giud'),
    oust: lazyRegExp(`${WHO}(?:kick|vote|throw|boot|drive|turf|chuck)${SP}(?:${target})${SP}out(?![\\p{L}\\p{N}_])`, 'giud'),
    campaignFor: lazyRegExp(`${S}(${w(CAMPAIGN_WORK)})${gap(4)}${SP}for${SP}(?:the${SP})?(?:${target}|(her|him|them)|([\\p{L}'’-]{2,30}))(?![\\p{L}\\p{N}_])`, 'giud'),
    configured: lazyRegExp(`${U}${configured}${E}`, 'gu'),
    context: lazyRegExp(`${U}(?:${w(ELECTION_CONTEXT)}|${w(POLITICAL_FIGURES)}|${configured})${E}`, 'iu'),
    partisanTarget: lazyRegExp(`${U}(?:${partisanTarget})${E}`, 'giu'),
    possessive: lazyRegExp(`${U}(?<target>${partisanTarget})['’]s${SP}(?:(?:own|latest|usual|endless|constant|shameless|daily|many|vile|blatant)${SP}){0,2}(?<loaded>${w(LOADED_POSSESSIONS)})${E}`, 'giud'),
    possessionOf: lazyRegExp(`${S}(?<loaded>${w(LOADED_POSSESSIONS)})${SP}of${SP}(?<target>${partisanTarget})${E}`, 'giud'),
    loadedBefore: lazyRegExp(`${S}(?<loaded>${w(LOADED_ADJECTIVES)})${SP}(?:(?:and|,|so-called|${w(LOADED_ADJECTIVES)})${SP}){0,2}(?<target>${partisanTarget}|${BODIES})${E}`, 'giud'),
    loadedAfter: lazyRegExp(
      `${U}(?<target>${partisanTarget})${SP}(?<loaded>(?:is|are|was|were|have\\s{1,5}become|has\\s{1,5}become|remain|remains|['’]re|['’]s)${SP}(?:(?:nothing${SP}but|just|all|a${SP}bunch${SP}of|a${SP}gang${SP}of|a${SP}pack${SP}of|a${SP}band${SP}of|such|total|complete|utter|absolute|so|totally|utterly|completely|nothing${SP}more${SP}than|a|an|the|plain|simply|clearly|obviously|nothing${SP}but${SP}a)${SP}){0,3}(${w(LOADED_NOUNS)}|${w(LOADED_ADJECTIVES)})` +
        `|(?:keeps${SP}|keep${SP}|is${SP}|are${SP})?(lying|lies${SP}(?:to|about|again|every|constantly)|lies(?=\\s{0,3}[,.;!])|lied${SP}(?:to|about|again)|stole${SP}the${SP}election|rigged${SP}the${SP}(?:election|vote|polls)|betrayed${SP}(?:us|the${SP}people|the${SP}country|the${SP}nation)|sold${SP}(?:us|the${SP}country)${SP}out|(?:is|are|have${SP}been|has${SP}been)${SP}(?:destroying|ruining|wrecking|killing|looting|robbing|plundering|bankrupting|selling${SP}out)${SP}(?:the|our|this)${SP}(?:country|nation|economy|people)|(?:have|has)${SP}(?:ruined|destroyed|wrecked|looted|robbed|plundered|bankrupted|betrayed)${SP}(?:everything|the${SP}country|this${SP}country|our${SP}country|the${SP}nation|the${SP}economy|us)|and${SP}(?:his|her|their|its)${SP}(?:cronies|thugs|goons|henchmen|lackeys|puppets|gang)))${E}`,
      'giud',
    ),
    reshare: lazyRegExp(
      `(?:${FIRST}(retweeted|re-tweeted|reposted|re-posted|reshared|re-shared|shared|liked|followed|boosted|quote-tweeted|amplified|RT['’]?d|(?:am|are|been|started)${SP}following|following|follow|like|retweet|repost|reshare|share|boost|RT)` +
        // Without a subject ("Just shared ..."), only past tenses: "like" and "follow" are too often other words.
        `|${LEAD}(?:(?:just|finally|also|happily|proudly)${SP})?(retweeted|re-tweeted|reposted|re-posted|reshared|re-shared|shared|liked|followed|boosted|quote-tweeted|RT['’]?d))${gap(5)}${SP}` +
        `(?:(?:the|a|an|his|her|their|this|that|our|my)${gap(2)}${SP}${figure}(?:['’]s)?|${configured}|@[\\p{L}\\p{N}_]{1,30})(?![\\p{L}\\p{N}_])`,
      'giud',
    ),
  };
}

// ---------------------------------------------------------------- fixed lists for the builder



// ---------------------------------------------------------------- fixed patterns

/**
 * Voting for a person by name ("cast my vote for Marisol Quispe"): case-sensitive, so the name is
 * capitalised; the verbs spell their first letter both ways. A contest ("vote for Maria's photo")
 * is told apart in code.
 */
export const VOTE_FOR_NAME = lazyRegExp(
  `(?:${FIRST}|${LEAD})(?:[Vv]ote|[Vv]oting|[Vv]oted|[Cc]ast${SP}(?:my|our)${SP}votes?|[Ee]lect|[Rr]e-?elect|[Gg]ive${SP}(?:my|our)${SP}votes?${SP}to)(?:${SP}for)?${SP}(\\p{Lu}\\p{Ll}{1,30}(?:${SP}\\p{Lu}\\p{Ll}{1,30}){0,2})(?![\\p{L}\\p{N}_])`,
  'gud',
);

/** Words of a contest, where voting for someone by name is not politics. */
export const CONTEST = /(?<![\p{L}])(?:photos?|pictures?|competition|contest|award|awards|prize|favou?rites?|entry|entries|finalists?|talent|show|costume|staff\s{1,5}council|employee\s{1,5}of|team\s{1,5}captain|captain|best\s{1,5}dressed|challenge)(?![\p{L}])/iu;

/** "I can't support this government any longer": opposing a government, by the author. */
export const OPPOSE_GOVERNMENT = lazyRegExp(
  `${S}(?:I|we|I['’]ll|we['’]ll|I${SP}will|we${SP}will|I${SP}just|we${SP}just)${SP}(?:(?:just|simply|really|honestly|frankly)${SP})?(?:can['’]t|cannot|won['’]t|will${SP}not|don['’]t|do${SP}not|no${SP}longer|refuse${SP}to|never)${SP}(?:(?:again|ever)${SP})?(?:support|back|trust|defend|stand${SP}(?:by|with)|vote${SP}for)${SP}(?:this|the|our|their|that)${SP}(?:current${SP}|present${SP}|corrupt${SP})?(?:government|regime|administration|junta|president|prime${SP}minister)${E}`,
  'giu',
);

/** Backing a bid for office ("my post backing the mayor's re-election bid"); personal if the sentence says "I" or "my". */
export const BACK_BID = lazyRegExp(
  `${S}(?:back|backing|backed|support|supporting|supported|endorse|endorsing|endorsed|boost|boosting)${SP}(?:the${SP}|his${SP}|her${SP}|their${SP})?(?:[\\p{L}'’-]{1,30}${SP}){0,2}?(?:re-?election${SP}(?:bid|campaign|run)|presidential${SP}(?:bid|campaign|run)|mayoral${SP}(?:bid|campaign|run)|campaign${SP}for${SP}(?:mayor|president|governor|parliament|the${SP}senate|senate|office|council))${E}`,
  'giu',
);

/** "vote for Kamau" anywhere (an election is near); contests are told apart in code. */
export const VOTE_FOR_NAME_ANY = lazyRegExp(`(?<![\\p{L}])(?:[Vv]ote|[Vv]oting)${SP}for${SP}(\\p{Lu}\\p{Ll}{1,30}(?:${SP}\\p{Lu}\\p{Ll}{1,30}){0,2})(?![\\p{L}\\p{N}_])`, 'gu');

/** "Proud to support him": a candidate named by a pronoun, political when the paragraph is. */
export const SUPPORT_PRONOUN = lazyRegExp(`${FIRST}(?:support|back|endorse|vote${SP}for|campaign${SP}for|stand${SP}with|rooting${SP}for)${SP}(?:him|her|them)${E}`, 'giu');

/** "the best candidate we've had", "the leader this country needs": praise without a name. */
export const BEST_CANDIDATE = lazyRegExp(`${S}(?:the${SP})?(?:best|greatest|finest|only${SP}real|only${SP}decent|right)${SP}(?:candidate|leader|president|prime${SP}minister|mayor|governor|senator|MP)${SP}(?:we['’]ve${SP}(?:ever${SP})?had|we${SP}(?:have${SP})?ever${SP}had|this${SP}country${SP}(?:has${SP})?(?:ever${SP})?had|in${SP}(?:decades|years|a${SP}generation)|ever|for${SP}the${SP}job)${E}`, 'giu');

/** "vote yes", "voting no on Proposition 5", from the author or as a call. */
export const VOTE_YES_NO = lazyRegExp(`${WHO}(?:vote|voting|voted)${SP}(?:yes|no|leave|remain)(?!${SP}or)${E}`, 'giu');

/** Slogans that take a side in any country. */
export const SLOGAN = lazyRegExp(
  `${S}(?:(?:four|4)${SP}more${SP}years(?=\\s{0,5}(?:[!.#]|$))|${w(['vote them out', 'vote him out', 'vote her out', 'not my president', 'not my prime minister', 'not my pm', 'not my mayor', 'not my governor', 'lock him up', 'lock her up', 'lock them up', 'throw the bums out', 'drain the swamp', 'vote blue', 'vote red', 'vote them all out'])})${E}`,
  'giu',
);

/** A name-for-office slogan ("Okafor for Mayor 2028!"), capitalised, at the end of a sentence. */
export const NAME_FOR_OFFICE = lazyRegExp(
  R`(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}'’-]{1,30})\s{1,5}for\s{1,5}(?:President|Mayor|Governor|Senate|Senator|Congress|Parliament|Prime\s{1,5}Minister|PM|Council|MP|Chancellor|Premier)(?:\s{0,5}(?:20\d\d|'\d\d))?(?=\s{0,5}(?:$|[!.#,;]|\p{Extended_Pictographic}))`,
  'gu',
);

/** A name and an election year as a slogan ("Haddad 2029!"): political when the paragraph is. */
export const NAME_YEAR = /(?<![\p{L}\p{N}_#])\p{Lu}\p{Ll}{2,30}\s{1,3}20[2-4]\d(?=\s{0,3}(?:!|$))/gmu;

/** A cheap test for NAME_YEAR: an election year anywhere in the text. */
export const ELECTION_YEAR_HINT = /20[2-4]\d/u;

/** "the only sensible choice", "the obvious candidate": a ballot choice if the sentence is electoral. */
export const ONLY_CHOICE = lazyRegExp(
  `${S}(?:the${SP}|one${SP}|only${SP})(?:(?:only|one|real|sensible|serious|right|obvious|logical|sane|reasonable|possible|true|clear|decent|viable|smart)${SP}){1,3}(?:choice|option|candidate|vote|answer|pick)${E}`,
  'giu',
);

/** Words that make a sentence electoral, for ONLY_CHOICE and hashtags with a year. */
export const ELECTORAL = lazyRegExp(`${S}(?:${w(ELECTION_CONTEXT)}|on${SP}the${SP}ballot|at${SP}the${SP}polls|${OFFICE}${SP}race)${E}`, 'iu');

/** A hashtag. */
export const HASHTAG = /(?<![\p{L}\p{N}_&#/])#([\p{L}\p{N}_]{2,60})(?![\p{L}\p{N}_])/gu;

/** An office or body inside a hashtag: #DumpTheMayor, #FireTheMinister. */
export const OFFICE_IN_HASHTAG = /(?:Mayor|President|PM|PrimeMinister|Minister|Governor|Senator|Government|Regime|Party|Junta|Parliament|Congress|Cabinet|Premier|Chancellor|Councillor|Councilor)/u;

/** A hashtag body ending in a year: #Okafor2028. */
export const HASHTAG_YEAR = /^(\p{L}{2,40}?)(?:20[2-4]\d)$/u;

/** Gatherings to join: "join us at the rally", "I marched", "see you at the protest". */
const PROTEST = w(PROTEST_NOUNS);
export const JOIN_PROTEST = lazyRegExp(
  `(?:${FIRST}(?:join(?:ed|ing)?|attend(?:ed|ing)?|went${SP}to|going${SP}to|heading${SP}(?:down${SP})?to|took${SP}part${SP}in|taking${SP}part${SP}in|spoke${SP}at|speaking${SP}at|be${SP}at|was${SP}at|were${SP}at|organi[sz](?:ed|ing)|lead(?:ing)?|led|marched${SP}(?:in|with|at)|marching${SP}(?:in|with|at))` +
    `|${S}(?:join${SP}(?:us|me)|come${SP}(?:out|along|down|and${SP}join${SP}us)|see${SP}you|show${SP}up|turn${SP}out|be${SP}there|meet${SP}(?:us|me)|stand${SP}with${SP}us|who['’]s${SP}(?:coming|going|joining)|who${SP}is${SP}(?:coming|going|joining)|anyone${SP}(?:coming|going|joining)|who${SP}else${SP}is${SP}(?:coming|going))${SP}(?:at|for|in|on|to)` +
    `|${LEAD}(?:(?:just|finally|also)${SP})?(?:went${SP}to|joined|attended|marched${SP}(?:in|with|at)|spoke${SP}at|heading${SP}(?:down${SP})?to|off${SP}to|took${SP}part${SP}in|taking${SP}part${SP}in)` +
    `|${LEAD}(?:please${SP})?(?:join|attend))(?:${SP}(?:the|a|an|this|our|their|tomorrow['’]s|today['’]s|tonight['’]s|this${SP}weekend['’]s|saturday['’]s|sunday['’]s|friday['’]s|big|huge|peaceful|mass|national|nationwide|weekend['’]s|next|upcoming)){0,3}${gap(3)}${SP}(${PROTEST})${E}`,
  'giud',
);

/** "I'll be marching", "we protested", "taking to the streets". */
export const PROTESTING = lazyRegExp(
  `(?:${FIRST}(?:marching|marched|march|protesting|protested|protest|rallying|demonstrating|demonstrated|demonstrate|picketing|picketed|striking)|${LEAD}(?:(?:just|finally|also)${SP})?(?:marched|protested|demonstrated|picketed))(?:${SP}(?:against|for|outside|in${SP}front${SP}of|alongside|with${SP}(?:thousands|hundreds|crowds|fellow|other)|through${SP}the${SP}streets|again|today|tonight|yesterday|last${SP}night|this${SP}(?:morning|weekend)|on${SP}(?:the|parliament|city${SP}hall|the${SP}capital|saturday|sunday|friday|monday|tuesday|wednesday|thursday|the${SP}weekend))${E}|(?=\\s{0,5}(?:[.!]|$)))` +
    `|(?:${FIRST}|${LEAD})(?:chanted|chanting|shouted|waved${SP}(?:placards|banners|flags)|held${SP}(?:placards|banners|signs)|joined${SP}(?:the${SP})?crowds?)${gap(10)}${SP}(?:with${SP}(?:thousands|hundreds|crowds|the${SP}crowd)|in${SP}the${SP}(?:square|streets)|outside${SP}(?:the${SP})?(?:parliament|ministry|embassy|palace|state${SP}house|city${SP}hall))${E}` +
    `|${FIRST}(?:joining|join|joined)${SP}the${SP}(?:strike|walkout|boycott)${E}|${S}to${SP}protest${SP}(?:against${SP})?(?:the${SP})?(?:new${SP})?(?:\\p{L}{2,30}${SP}){0,2}(?:law|bill|tax|decree|policy|reform|government|regime|election|constitution|amendment|ban|cuts?)${E}` +
    `|${S}(?:take|taking|took|go|going)${SP}to${SP}the${SP}streets${E}|${S}(?:everyone|all)${SP}(?:out${SP})?(?:to|onto)${SP}the${SP}streets${E}|${S}bring${SP}(?:your${SP})?(?:placards|banners|protest${SP}signs)${E}`,
  'giu',
);

/** The word "petition" (as opposed to "open letter"). */
export const PETITION_WORD = /petition/iu;

/** A cheer for a party or candidate: "Come on, Labour!", "Go Greens!". Checked in code. */
export const CHEER = /(?<![\p{L}])(?:[Cc]ome\s{1,5}on|[Gg]o|[Cc]['’]mon|[Ll]et['’]s\s{1,5}go|[Vv]iva|[Uu]p)\s{0,3},?\s{1,5}(\p{Lu}[\p{L}'’-]{1,30}(?:\s{1,5}\p{Lu}[\p{L}'’-]{1,30}){0,2})\s{0,3}!/gu;

/** "She has my vote", "he gets our vote": a vote declared, political in an electoral paragraph. */
export const HAS_MY_VOTE = /(?<![\p{L}])(?:has|have|gets|get|got|deserves|earned|earns)\s{1,5}(?:my|our)\s{1,5}(?:full\s{1,5})?votes?(?![\p{L}])/giu;

/** Campaign work that is political wherever it is named: phone banks, door-knocking, leafleting. */
export const CAMPAIGN_WORK_ANYWHERE = /(?<![\p{L}])(?:phone[-\s]?bank(?:s|ing)?|door[-\s]knocking|knocking\s{1,5}on\s{1,5}doors|leaflett?ing|campaign\s{1,5}(?:trail|office|headquarters|HQ|volunteers?))(?![\p{L}])/giu;

/** A cheap test for CAMPAIGN_WORK_ANYWHERE: one of its words, anywhere. */
export const CAMPAIGN_WORK_HINT = /phone|door|leaflet|campaign/iu;

/** "our march", "my rally": the author's own gathering ("our march towards ..." is a figure of speech). */
export const OUR_GATHERING = lazyRegExp(`${S}(?:our|my)${SP}(?:(?:peaceful|big|huge|first|silent|weekly)${SP})?(?:march|rally|protest|sit-in|picket|walkout|strike)${E}(?!${SP}(?:towards?|to|of|for${SP}(?:progress|change)|\\d))`, 'giu');

/** The gathering word at the end of an OUR_GATHERING match. */
export const GATHERING_END = /\p{L}[\p{L}-]{1,10}$/u;

/** A gathering named near an invitation ("the rally ... See you there!"), checked in code. */
export const GATHERING = lazyRegExp(`${S}(?:protest|rally|march|demonstration|sit-in|picket|walkout|vigil)${E}`, 'giu');

/** A donation's object, to read for political words: "donated to the opposition's legal fund". */
export const DONATION = lazyRegExp(`${S}(?:donate|donated|donating|chip${SP}in|chipped${SP}in|give${SP}what${SP}you${SP}can)${SP}(?:[$€£]?\\d{1,7}${SP})?(?:to|towards)((?:${SP}[\\p{L}'’-]{1,30}){1,6})`, 'giu');

/** A notice calling to a gathering: "Protest at the ministry tomorrow at noon". Checked in code for an invitation nearby. */
export const PROTEST_NOTICE = lazyRegExp(
  `${LEAD}(?:(?:big|mass|peaceful|huge|national)${SP})?(?:protest|rally|march|demonstration|sit-in|picket|vigil)${SP}(?:at|outside|in${SP}front${SP}of|on|against|for|to)${gap(6)}${SP}(?:tomorrow|today|tonight|this${SP}(?:weekend|morning|afternoon|evening)|on${SP}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at${SP}(?:noon|midday|\\d))${E}`,
  'giu',
);

/** An invitation near a notice ("Be there!", "join us"), and a warning that makes it a security notice. */
export const INVITATION = /(?<![\p{L}])(?:be\s{1,5}there|join\s{1,5}(?:us|in)|see\s{1,5}you\s{1,5}there|come\s{1,5}(?:along|out|down|join)|show\s{1,5}up|bring\s{1,5}(?:your|a)|don['’]t\s{1,5}miss|all\s{1,5}welcome|everyone\s{1,5}welcome)(?![\p{L}])/iu;
export const ADVISORY = /(?<![\p{L}])(?:avoid|stay\s{1,5}away|security|advisory|caution|steer\s{1,5}clear|remain\s{1,5}indoors|closed\s{1,5}as\s{1,5}a\s{1,5}precaution|expect\s{1,5}delays)(?![\p{L}])/iu;

/** Signing or sharing a petition, from the author or as a call. */
export const PETITION = lazyRegExp(
  `(?:${FIRST}|${LEAD}(?:(?:just|finally|also|already)${SP})?|${S}go${SP}(?:and${SP})?)(?:please${SP})?(?:join${SP}(?:me|us)${SP}in${SP})?(?:sign(?:ed|ing)?|share|sharing|add${SP}your${SP}name${SP}to)(?:${SP}and${SP}share)?(?:\\s{0,3}[:\\-–—])?(?:${SP}(?:the|our|this|my|a|their))?${gap(3)}${SP}(petition|open${SP}letter)${E}`,
  'giu',
);

/** Donating to a campaign or party. */
export const DONATE = lazyRegExp(
  `${S}(?:donate|donated|donating|give|gave|giving|chip${SP}in|chipped${SP}in|contribute|contributed|contributing|send|sent)${SP}(?:[$€£]?\\d{1,7}${SP}|what${SP}you${SP}can${SP}|generously${SP})?(?:to|towards)${SP}(?:the${SP}|his${SP}|her${SP}|their${SP}|our${SP}|my${SP}|[\\p{L}'’-]{2,30}['’]s${SP})?((?:(?:re-?election|election|electoral|presidential|mayoral|senate|congressional|parliamentary|leadership|political|party)${SP}|(\\p{L}{2,30})${SP})?(?:campaign|campaign${SP}fund|war${SP}chest|party|candidate))${E}`,
  'giud',
);

/** A political qualifier for a donation's campaign. */
export const POLITICAL_CAMPAIGN = /(?:re-?election|election|electoral|presidential|mayoral|senate|congressional|parliamentary|leadership|political|party|candidate)/iu;

/** Joining a party or a campaign, running for office, campaign work without a target. */
export const PARTY_MEMBERSHIP = lazyRegExp(
  `(?:${FIRST}(?:(?:just|officially|finally|proudly)${SP})?(?:joined|became${SP}a${SP}member${SP}of|signed${SP}up${SP}(?:for|with|to)|volunteer(?:ing|ed)?${SP}(?:for|with)|(?:a${SP})?(?:card-carrying${SP})?member${SP}of)|${LEAD}(?:(?:a|a${SP}proud|proud|card-carrying|lifelong|active|paid-up|founding)${SP})member${SP}of)(?:${SP}(?:the|a|his|her|their))?${gap(5)}${SP}(?:political${SP}party|party|(?:re-?election|election|presidential|mayoral|political|leadership)${SP}campaign|campaign${SP}team)${E}` +
    `|${FIRST}(?:volunteer(?:ing|ed)?|work(?:ing|ed)?|campaign(?:ing|ed)?|help(?:ing|ed)?|run(?:ning)?|manag(?:ing|ed?))${SP}(?:out${SP})?(?:for|on|with)${SP}(?:his|her|their)${SP}(?:re-?election${SP})?campaign${E}` +
    `|${FIRST}(?:running|ran|run|standing|stood|stand)${SP}(?:for${SP}(?:office|parliament|council|city${SP}council|mayor|the${SP}senate|senate|congress|president|re-?election|governor|MP|the${SP}assembly)|as${SP}(?:a|an)${SP}(?:\\p{L}{2,30}${SP})?candidate)${E}` +
    `|${FIRST}(${w(CAMPAIGN_WORK.filter((c) => !GENERIC_WORK.includes(c)))})${E}`,
  'giu',
);

/** "Running for parliament was hard": a gerund at the start of a sentence, personal if the sentence says "I" or "my". */
export const RUNNING_GERUND = lazyRegExp(`${LEAD}(?:running|standing)${SP}for${SP}(?:office|parliament|council|city${SP}council|mayor|the${SP}senate|senate|congress|president|re-?election|governor|MP|the${SP}assembly)${E}`, 'giu');

/** A first-person word (the sentence is about the author). */
export const FIRST_PERSON_WORD = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|me|my|myself|we|our|us)(?![\p{L}])/u;

/** A sentence that opens on the author's feelings: "Honoured to ...", "So proud to ...". */
export const PERSONAL_OPENER = /^\s{0,5}(?:so\s{1,5}|really\s{1,5})?(?:honou?red|proud|excited|thrilled|delighted|happy|glad|humbled|privileged)\s{1,5}to(?![\p{L}])/iu;

/** "come march with us", "join us and protest": a call to march. */
// "rally" and "strike" are also everyday verbs ("let's strike a deal", "let's rally around the
// team"): they count only with a protest's company, target or place after them.
export const COME_MARCH = lazyRegExp(
  `${S}(?:come|come${SP}and|join${SP}us${SP}(?:and|to)|let['’]s)${SP}(?:(?:march|protest|demonstrate|picket)(?:${SP}(?:with${SP}(?:us|me)|together|against|for|on|outside|in${SP}front${SP}of))?|(?:rally|strike)${SP}(?:with${SP}(?:us|me)|against|outside|in${SP}front${SP}of))${E}`,
  'giu',
);

/** Reported speech before a loaded statement: "critics say", "according to". */
export const ATTRIBUTION = lazyRegExp(`${S}${w(ATTRIBUTION_VERBS)}${E}`, 'giu');

/** "I said", "we wrote": the author's own words, not reported speech. */
export const OWN_ATTRIBUTION = /(?<![\p{L}])(?:I|we|I['’]ve|we['’]ve)\s{1,5}(?:(?:have|had|just|already|also|once|always)\s{1,5})?$/iu;

/** A word that makes "regime" a system of rules ("tax regime"), right before it. */
export const REGIME_SYSTEM_BEFORE = lazyRegExp(`${S}${w(REGIME_SYSTEMS)}${SP}regime`, 'iu');

/** "shame on", "down with", "must go", "blood on its hands": slogans of opposition. */
export const OPPOSITION_SLOGAN_BEFORE = lazyRegExp(`${S}(?:shame${SP}on|down${SP}with|so-called)${SP}$`, 'iu');
export const OPPOSITION_SLOGAN_AFTER = lazyRegExp(
  `^(?:['’]s)?${SP}(?:must${SP}(?:go|resign|fall|be${SP}stopped|be${SP}removed|be${SP}ousted)|(?:has|have)${SP}blood${SP}on${SP}(?:its|their|his|her)${SP}hands|should${SP}(?:resign|be${SP}ashamed|go)|needs${SP}to${SP}go)${E}`,
  'iu',
);

/** Loaded words about elections: "rigged election", "stolen vote", "sham referendum". */
export const LOADED_ELECTION = lazyRegExp(`${S}(?:rigged|stolen|sham|fake|fraudulent|bogus|so-called|farcical|illegitimate)${SP}(?:elections?|votes?|referendum|polls?|ballots?)${E}`, 'giu');

/** Loaded words for people in power: "these fascists in government", "the crooks in charge". */
export const LOADED_IN_POWER = lazyRegExp(`${S}(?:${w(LOADED_NOUNS)})${SP}(?:in|running)${SP}(?:government|power|parliament|charge|office|the${SP}(?:government|cabinet|presidency|palace|ministry|capital))${E}`, 'giu');

/** A loaded title before a name: "Dictator Okello", "Tyrant Mbeki" (case-sensitive). */
export const LOADED_TITLE = /(?<![\p{L}])(?:Dictator|Tyrant|Despot|Butcher|Warlord|Comrade\s{1,5}Dictator)\s{1,5}\p{Lu}\p{Ll}{1,30}(?![\p{L}])/gu;

/** "the election was stolen", "the referendum was a sham": the predicate form of a loaded election. */
export const ELECTION_WAS = lazyRegExp(`${S}(?:elections?|vote|referendum|polls?|count|results?)${SP}(?:was|were|is|are|has${SP}been|have${SP}been|had${SP}been)${SP}(?:(?:totally|completely|clearly|obviously)${SP})?(?:stolen|rigged|a${SP}sham|a${SP}farce|fraudulent|a${SP}fraud|fixed|bought)${E}`, 'giu');

/** "They have ruined everything": a pronoun subject, political when a target was named just before. */
export const PRONOUN_RUINED = lazyRegExp(`${S}(?:they|he|she)${SP}(?:have|has|had)${SP}(?:ruined|destroyed|wrecked|looted|robbed|plundered|bankrupted|betrayed|sold${SP}out)${SP}(?:everything|the${SP}country|this${SP}country|our${SP}country|the${SP}nation|the${SP}economy|us|all${SP}of${SP}us)${E}`, 'giu');

/** A loaded word before a name: "that clown Mbeya", "this crook Okoro". */
export const LOADED_DEMONSTRATIVE = /(?<![\p{L}])(?:[Tt]hat|[Tt]his|[Oo]ur|[Tt]heir)\s{1,5}(?:clown|idiot|crook|liar|fool|thief|puppet|dictator|tyrant|traitor|criminal|fraud|buffoon|moron)\s{1,5}\p{Lu}\p{Ll}{1,30}(?![\p{L}])/gu;

/** An election named just before: "the election on Sunday". */
export const ELECTION_NEAR = /(?<![\p{L}])(?:elections?|vote|referendum|polls?|ballot)(?![\p{L}])/iu;

/** A call to boycott or spoil an election: "Boycott the election on Sunday". */
export const BOYCOTT = lazyRegExp(`${LEAD}(?:please${SP})?(?:boycott|spoil${SP}your${SP}(?:ballot|vote)s?${SP}(?:in|at)|stay${SP}home${SP}(?:on|for))${SP}(?:the${SP}|this${SP}|sunday['’]s${SP}|next${SP})?(?:\\p{L}{2,20}${SP})?(?:elections?|vote|referendum|polls?)${E}`, 'giu');

/** "It's a sham", "it was rigged" right after an election is named. */
export const IT_WAS_RIGGED = lazyRegExp(`${S}(?:it|this|that)(?:['’]s|${SP}(?:is|was|has${SP}been))${SP}(?:(?:totally|completely|clearly|obviously|just)${SP})?(?:a${SP}sham|a${SP}farce|rigged|stolen|a${SP}fraud|fraudulent|fixed|a${SP}joke)${E}`, 'giu');

/** An event of a party, campaign or candidate: "the opposition's youth rally". */
export const POLITICAL_EVENT = lazyRegExp(`${S}(?:the${SP})?(?:opposition|ruling${SP}party|party|campaign|candidate|[\\p{Lu}][\\p{L}'’-]{1,30}${SP}(?:Party|Alliance|Movement|Front))['’]s?${SP}(?:[\\p{L}-]{2,20}${SP}){0,2}(?:rally|rallies|march|convention|congress|conference|meeting|event|launch|fundraiser|dinner|gala|town${SP}hall|caucus|primary)${E}`, 'giu');

/** "enemy of the people" and similar labels, wherever they stand. */
export const LOADED_LABEL = lazyRegExp(`${S}(?:enem(?:y|ies)${SP}of${SP}the${SP}people|puppet${SP}(?:government|regime|president|parliament)|regime${SP}change${SP}now)${E}`, 'giu');

/** "RT @handle" or "RT:" at the start of a reshare (case-sensitive: "RT" only). */
export const RT_MARKER = /(?<![\p{L}\p{N}_])RT\s{0,3}(?:@[\p{L}\p{N}_]{1,30}|:)/gu;

/** A call to reshare: "please RT", "share if you agree", "retweet this". */
export const RESHARE_CALL = lazyRegExp(
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

/**
 * A noun right after a capitalised "March": the month qualifies it ("our March newsletter", "my
 * March column", "the March community call"). A march goes on with a preposition or a verb
 * ("the March for Clean Water", "our March starts at noon") or ends the sentence.
 */
export const MONTH_NOUN_AFTER = /^\s{1,3}(?!(?:on|for|against|to|through|in|into|of|from|and|with|at|is|was|will|starts?|begins?|leaves?|sets?|goes|went|ends?|past|along|around|across|towards?)(?![\p{L}]))\p{L}/u;

/** Capitalised words right before a capitalised gathering word: an event's name ("Safari Rally"). */
export const CAPS_WORDS_BEFORE = /((?:\p{Lu}[\p{L}'’-]{0,30}\s{1,5}){1,4})$/u;

/** Words that make an event's name political ("Unity Party Rally", "Women's March", "Climate Strike"). */
export const POLITICAL_EVENT_WORD = /(?<![\p{L}])(?:Party|Campaign|Election|Electoral|Opposition|Resistance|Solidarity|Protest|Freedom|Justice|Climate|Women['’]s|Peace|People['’]s|Workers['’]|Liberation|Independence|Democracy|Rights|Pride|Unity)(?![\p{L}])/u;

/** A determiner or possessive right before a capitalised gathering word ("the March", "Saturday's Rally"). */
export const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|this|our|their|[\p{L}]+['’]s)\s{1,5}$/iu;

/** "the ruling party", "the opposition party": parties by role, not by name. */
export const GENERIC_PARTY = /(?:ruling|governing|opposition)\s{1,5}(?:party|parties|coalition)$/iu;

/** "so-called" inside a target ("the so-called president"). */
export const SO_CALLED = /so[-\s]called/iu;

/** A target that ends in "regime", "party" or "President" (validated in code). */
export const REGIME_WORD_END = /regimes?$/iu;
export const PARTY_WORD_END = /(?:part(?:y|ies)|front|alliance|movement|coalition|congress|league|bloc)$/iu;
export const PRESIDENT_WORD_END = /president$/iu;

/** A titled politician: "Minister Okafor", "Senator Diallo". */
export const TITLED_NAME = lazyRegExp(`^${TITLE}${SP}[\\p{L}'’-]{2,30}$`, 'iu');

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
  oust: defaults.oust,
  praise: defaults.praise,
  celebrate: defaults.celebrate,
  configured: defaults.configured,
  context: defaults.context,
  partisanTarget: defaults.partisanTarget,
  loadedBefore: defaults.loadedBefore,
  loadedAfter: defaults.loadedAfter,
  reshare: defaults.reshare,
  possessionOf: defaults.possessionOf,
  possessive: defaults.possessive,
  VOTE_YES_NO,
  VOTE_FOR_NAME,
  VOTE_FOR_NAME_ANY,
  SUPPORT_PRONOUN,
  BEST_CANDIDATE,
  OPPOSE_GOVERNMENT,
  BACK_BID,
  CONTEST,
  SLOGAN,
  NAME_FOR_OFFICE,
  NAME_YEAR,
  ELECTION_YEAR_HINT,
  PRAISE_HINT,
  ONLY_CHOICE,
  ELECTORAL,
  HASHTAG,
  HASHTAG_YEAR,
  OFFICE_IN_HASHTAG,
  JOIN_PROTEST,
  PROTESTING,
  PETITION,
  CHEER,
  PETITION_WORD,
  HAS_MY_VOTE,
  CAMPAIGN_WORK_ANYWHERE,
  CAMPAIGN_WORK_HINT,
  OUR_GATHERING,
  GATHERING,
  GATHERING_END,
  DONATION,
  PROTEST_NOTICE,
  INVITATION,
  ADVISORY,
  DONATE,
  POLITICAL_CAMPAIGN,
  PARTY_MEMBERSHIP,
  RUNNING_GERUND,
  FIRST_PERSON_WORD,
  PERSONAL_OPENER,
  COME_MARCH,
  ATTRIBUTION,
  OWN_ATTRIBUTION,
  REGIME_SYSTEM_BEFORE,
  OPPOSITION_SLOGAN_BEFORE,
  OPPOSITION_SLOGAN_AFTER,
  LOADED_ELECTION,
  LOADED_LABEL,
  LOADED_DEMONSTRATIVE,
  BOYCOTT,
  ELECTION_NEAR,
  IT_WAS_RIGGED,
  POLITICAL_EVENT,
  ELECTION_WAS,
  PRONOUN_RUINED,
  LOADED_TITLE,
  LOADED_IN_POWER,
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
  GENERIC_PARTY,
  SO_CALLED,
  PARTY_WORD_END,
  PRESIDENT_WORD_END,
  TITLED_NAME,
  MONTH_AFTER,
  MONTH_NOUN_AFTER,
  CAPS_WORDS_BEFORE,
  POLITICAL_EVENT_WORD,
  DETERMINER_BEFORE,
  AMBIGUOUS_RESHARE_VERB,
};

export { defaults as DEFAULT_POLITICAL_PATTERNS };
