/**
 * Every regular expression `think-before-posting` runs on user text, built once at module load.
 * All are linear: alternations of literal phrases, bounded repetition, no nested quantifiers over
 * overlapping characters. `patterns` lists them all for the central ReDoS test.
 */
import { lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { ASCII_WORD_START as S, deferredPhraseSource, QUOTE_PATTERNS, TOKEN_PATTERNS, WORD_END as E } from '../../src/rule-kit/index.js';
import { asciiFirst } from '../../src/rule-kit/ascii-first.js';
import { INSULT_ONLY_PROFANITY } from './profanity-words.js';
import {
  DEHUMANISING_NOUNS,
  DEROGATORY_ADJECTIVES,
  MOCKING_PHRASES,
  PEOPLE_NOUNS,
  STRONG_INSULT_NOUNS,
  VULNERABLE_GROUPS,
  WEAK_INSULT_NOUNS,
} from './insult-words.js';
import {
  CONFIDENTIAL_ARTEFACTS,
  CONTENT_SUBJECTS,
  HANDLING_MARKINGS,
  LABEL_ONLY_MARKINGS,
  NOT_YET_PUBLIC_SUBJECTS,
} from './confidential-phrases.js';
import { META_OFF_THE_RECORD, PRIVATE_MARKERS, SECRET_REWARDS } from './private-phrases.js';
import { BARE_WORKPLACE_SUBJECTS, COMPLAINT_ACTIONS, COMPLAINT_STATES, GOSSIP_PHRASES, WORKPLACE_PEOPLE, WORKPLACE_PLACES } from './gossip-words.js';
import { ACCUSATIONS, ANGER_WORDS } from './tone-words.js';
import { LEGAL_CAPITALS } from './shouting-words.js';

/** A word list's source, built when a pattern holding it is first used. */
const words = deferredPhraseSource;
const re = (source: string, flags = 'giu'): RegExp => lazyRegExp(source, flags);

// ---------------------------------------------------------------- profanity

/** A word: letters and digits, with inner apostrophes or hyphens (bounded number of parts). */
export const WORD_TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]{1,3})?/gu;

/** Two- and three-word profane phrases and hyphenated forms are matched as phrases. */
export const profanityPhrases = (phrases: readonly string[]): RegExp => re(`${S}${words(phrases)}${E}`);

// Profanity written with symbols for letters: f*ck, f**k, sh*t, b*tch, a**hole. The symbol run
// is bounded and the word ends are fixed letters, so nothing can backtrack far.
export const MASKED_PROFANITY = re(
  `${S}(?:f[*#@$%!]{1,3}(?:c?k|ck)(?:ing|in|ed|er|ers|s)?|f\\*{3}(?:ing)?|sh[*!#]t(?:ty|s)?|b[*#!]tch(?:es|y)?|a[*$#]{2}hole(?:s)?|c[*#]nt(?:s)?)(?![\\p{L}\\p{N}*])`,
);

/** A cheap test for MASKED_PROFANITY: a letter, then a symbol standing for a letter. */
export const MASK_HINT = /[a-z][*#@$%!]/iu;

// Words that are profane only as name-calling ("such a dick", "you prick", "dick move"); the
// check keeps only lower-case matches, so "Dick" the name never counts.
export const INSULT_ONLY = re(
  `${S}(?:(?:such|what|being|be|is|was|a\\s{1,20}(?:total|complete|right|real|absolute|massive)|you)\\s{1,20}(?:an?\\s{1,20})?(?:(?:${words(DEROGATORY_ADJECTIVES)}|total|complete|right|real|absolute|massive|little)\\s{1,20}){0,2})(${words(INSULT_ONLY_PROFANITY)})${E}|${S}(dick)\\s{1,20}move${E}`,
  'giud',
);

/** One letter. */
export const LETTER = /\p{L}/u;

/** A capitalised word ("Dick", not "DICK" or "dick"). */
export const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The start of the next capitalised word, right after a word (sliced to 4 characters). */
export const CAPITAL_NEXT = /^\s{1,2}\p{Lu}/u;

/** A capitalised word right before, in the same sentence ("Chrissie Coon", "(Jonah Polack"). */
export const CAPITAL_BEFORE = /(?<![.!?:]\s{0,3})(?<![\p{L}])\p{Lu}[\p{Ll}'’-]{1,30}\s{1,2}$/u;

/** A lower-case letter then a capital inside a word: a handle or identifier ("daGo"). */
export const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/** A title noun right after a word: "the WTF podcast", "Bullshit Jobs book". */
export const WORK_NOUN_AFTER = /^\s{1,3}(?:[\p{Lu}][\p{L}]{0,20}\s{1,3}){0,3}(?:podcast|show|series|album|film|movie|book|novel|song|documentary|play|episode)s?(?![\p{L}])/u;

/** An apostrophe and what follows it ("fuckin'" -> "fuckin"). */
export const APOSTROPHE_TAIL = /['’][\p{L}]{0,3}$/u;

/** White space between words (for counting words in a quotation). */
export const WHITESPACE = /\s+/u;

/** "Mr", "Dr", "Uncle" and the like right before a capitalised word: a name follows. */
export const NAME_PREFIX = /(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Saint|St|Uncle|Aunt|Father|Brother|Sister|Rev)\.?\s{1,5}$/u;

// ---------------------------------------------------------------- insult

const ADJ = words(DEROGATORY_ADJECTIVES);
const STRONG = words(STRONG_INSULT_NOUNS);
const WEAK = words(WEAK_INSULT_NOUNS);
const INTENSIFIERS = '(?:total|complete|utter|absolute|real|bloody|right|proper|massive|useless|stupid|pathetic|lying|incompetent|clueless|lazy|little|such|just|nothing\\s{1,20}but|all|truly|really|basically|literally|clearly|obviously)';
/** After an insult noun: the end of the phrase, so "a fraud investigator" does not count. */
const INSULT_TAIL = `(?=\\s{0,20}(?:$|[.,;:!?)"”’…—–]|-\\s|(?:and|or|but|who|in|at|from|of|with|to|because|if|when|like|as|again|anyway|too|lol|haha|honestly|all|for\\s{1,5}\\p{L}{1,30}ing)${E}))`;

/** Name-calling that counts wherever it stands: "those idiots in HQ". */
export const STRONG_INSULT = re(`${S}${STRONG}${E}`);

/** After a strong insult: compounds that are not name-calling ("idiot-proof"). */
export const STRONG_INSULT_EXCEPTION = /^(?:[-\u2011]proof|\s{1,5}(?:proof|box|lights?|savant|check))/iu;

/** "I'm such an idiot": the author on themselves, not an insult of others. */
export const SELF_DEPRECATION = /(?<![\p{L}])(?:I['’]m|I\s{1,5}am|I\s{1,5}was|I\s{1,5}felt\s{1,5}like|I\s{1,5}feel\s{1,5}like|me,?|myself)\s{1,20}(?:(?:such|a|an|total|complete|utter|absolute|real|bit\s{1,5}of\s{1,5}an?)\s{1,20}){0,3}$/iu;

// Weak insult nouns aimed at someone: after a copula ("they are clowns"), after "you" ("you
// fool"), after a derogatory adjective ("a lying clown") or a collective ("bunch of clowns").
// Each filler word is a bounded run of letters separated by white space; the tail lookahead
// stops "a fraud investigator".
export const WEAK_INSULT = re(
  `(?:${S}(?:is|are|was|were|being|be|been|am)|['’](?:s|re|m))\\s{1,20}(?:(?:an?|the|bunch\\s{1,20}of|pack\\s{1,20}of|load\\s{1,20}of|band\\s{1,20}of|gang\\s{1,20}of|${INTENSIFIERS})\\s{1,20}){0,4}(${WEAK})${INSULT_TAIL}` +
    `|${S}you\\s{1,20}(?:(?:${ADJ}|${INTENSIFIERS})\\s{1,20}){0,2}(${WEAK}|${STRONG})${INSULT_TAIL}` +
    `|${S}(?:such|what)\\s{1,20}an?\\s{1,20}(?:(?:${ADJ}|${INTENSIFIERS})\\s{1,20}){0,2}(${WEAK})${INSULT_TAIL}` +
    `|${S}(?:bunch|pack|band|load|gang|herd|troop)\\s{1,20}of\\s{1,20}(?:(?:${ADJ})\\s{1,20})?(${WEAK})${E}` +
    `|${S}(?:${ADJ})\\s{1,20}(${WEAK})${INSULT_TAIL}`,
  'giud',
);

/** People said to be something derogatory: "the beneficiaries are so ungrateful". */
export const PEOPLE_ARE_ADJ = re(
  `${S}(${words(PEOPLE_NOUNS)})\\s{1,20}(?:are|is|were|was|seem|seems|always\\s{1,20}are|can\\s{1,20}be)\\s{1,20}(?:(?:so|such|really|just|all|completely|totally|utterly|incredibly|bloody|too|absolutely|always)\\s{1,20}){0,2}(${ADJ})${E}(?!\\s{1,20}(?:of|about|to)${E})`,
  'giud',
);

/** "a complete tool", "such a tool": slang that insults only with an intensifier. */
export const INTENSIFIED_SLANG = re(`${S}(?:a\\s{1,20}(?:complete|total|absolute|right|real|massive|proper))\\s{1,20}(?:tool|tools|muppet|knob|plank|donkey|clown)${E}`);

/** A derogatory adjective on people: "useless bureaucrats", "lazy colleagues". */
export const ADJ_ON_PEOPLE = re(`${S}(${ADJ})\\s{1,20}(?:(?:old|little|bunch\\s{1,20}of|lot\\s{1,20}of|local|senior|junior)\\s{1,20})?(${words(PEOPLE_NOUNS)})${E}`, 'giud');

/** Negation right before an adjective: "not lazy", "never incompetent". */
export const NEGATION_BEFORE = /(?:not|never|n['’]t|hardly|far\s{1,5}from|no\s{1,5}longer)\s{1,20}(?:(?:at\s{1,5}all|remotely|even|so|that|too|very)\s{1,20}){0,2}$/iu;

// Dehumanising words applied to a group: "refugees are parasites", "swarms of migrants".
export const DEHUMANISING = re(
  `${S}(?:${words(VULNERABLE_GROUPS)})\\s{1,20}(?:(?:are|were|is|be|behave|act|acting|behaving)\\s{1,20})?(?:(?:like|just|nothing\\s{1,20}but|no\\s{1,20}better\\s{1,20}than|a|an|the|bunch\\s{1,20}of|pack\\s{1,20}of|herd\\s{1,20}of|such|total|complete|filthy|dirty)\\s{1,20}){0,3}(${words(DEHUMANISING_NOUNS)})${E}(?!\\s{1,20}(?:that|which|whose|to\\s{1,20}be\\s{1,20}vaccinated))` +
    `|${S}(?:swarms?|hordes?|floods?|invasion|infestation|plague|tide)\\s{1,20}of\\s{1,20}(?:illegal\\s{1,20})?(refugees|migrants|immigrants|foreigners|asylum[-\\s]{1,5}seekers|illegals)${E}`,
  'giud',
);

/** Set phrases of mockery: "laughing stock", "amateur hour", "what a joke". */
export const MOCKING = re(`${S}${words(MOCKING_PHRASES)}${E}`);

// ---------------------------------------------------------------- confidential

/** Handling markings flagged anywhere ("not for distribution", "strictly confidential"). */
export const MARKING = re(`${S}${words(HANDLING_MARKINGS)}${E}`);

/** Markings that count only as labels ("INTERNAL USE ONLY", "[Internal]"). */
export const LABEL_MARKING = re(`${S}${words(LABEL_ONLY_MARKINGS)}${E}`);

/** Right after a label: a colon, a dash, a closing bracket, or the end of the line. */
export const LABEL_AFTER = /^[ \t*_]{0,4}(?:[:)\]|]|\s[-–—]\s|[-–—]\s|[.!]?[ \t]{0,20}(?:$|[\r\n]))/u;

/** Right before a label: an opening bracket, or the start of a line. */
export const LABEL_BEFORE = /(?:[([|,;–—][ \t*_]{0,4}|\s-\s{1,3}|(?:^|[\r\n])[ \t>*_#|-]{0,12})$/u;

/** A capital letter at the start of a word. */
export const CAPITAL_START = /^\p{Lu}/u;

/** An opening bracket right before a label: "[Internal]". */
export const OPEN_BRACKET_BEFORE = /[([|][ \t*_]{0,4}$/u;

/** A colon right after a word: "Confidential: ...". */
export const COLON_AFTER = /^\s{0,3}:/u;

/** Between the words PREVIOUS_WORDS captured: white space and commas. */
export const WORD_SEPARATOR = /[\s,]+/u;

/** Letters in lower case (a label in capitals has none). */
export const LOWER_CASE = /\p{Ll}/u;

/** A bare "confidential" or "embargo(ed)"; the check reads the words around it. */
export const CONFIDENTIAL_WORD = /(?<![\p{L}\p{N}_-])(?:confidential|embargo|embargoed)(?![\p{L}\p{N}_])/giu;

/** Up to two words after a keyword (sliced to 60 characters first). */
export const NEXT_WORDS = /^[\s:(\-–—]{0,10}([\p{L}][\p{L}'’-]{0,30})(?:\s{1,10}([\p{L}][\p{L}'’-]{0,30}))?/u;

/** Up to four words before a keyword (sliced to 80 characters first). */
export const PREVIOUS_WORDS = /([\p{L}'’-]{1,30}(?:[\s,]{1,10}[\p{L}'’-]{1,30}){0,3})[\s,]{0,10}$/u;

/** Up to twelve words before a keyword (sliced to 240 characters first). */
export const PREVIOUS_MANY_WORDS = /([\p{L}'’-]{1,30}(?:[\s,]{1,10}[\p{L}'’-]{1,30}){0,11})[\s,]{0,10}$/u;

/** Material that "confidential" describes when the draft discloses it. */
export const ARTEFACT = re(`^${words(CONFIDENTIAL_ARTEFACTS)}$`, 'iu');

/** "this is (strictly) confidential", "these figures are embargoed": the draft's own content. */
export const CONTENT_COPULA = re(
  `${S}${words(CONTENT_SUBJECTS)}\\s{1,20}(?:is|are|remains?|stays?|['’]s|['’]re)\\s{1,20}(?:(?:still|strictly|highly|completely|totally|very|all|currently)\\s{1,20}){0,2}(?:under\\s{1,20}(?:strict\\s{1,20})?)?$`,
  'iu',
);

/** A label at the start of a segment or line: "CONFIDENTIAL:", "[Embargoed until ...]". */
export const LABEL_START = /(?:^|[\r\n])[ \t>*_#[(|-]{0,12}$/u;

/** After "but" near "not yet public": the draft goes on to disclose (a figure, "here's"). */
export const DISCLOSURE_BUT_TAIL = /\d|(?<![\p{L}])(?:here|tell|share|reveal|spoil|hint|peek|can\s{1,5}say|I\s{1,5}can)(?![\p{L}])/iu;

/** A time or date soon after "embargoed until" (a label, not a description of withheld details). */
export const EMBARGO_TIME = /^\s{0,5}(?:until|till|to|:)?\s{0,5}(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|midnight|noon|further\s+notice|the\s+(?:launch|release|press\s+conference|event|announcement))/iu;

/** "Do not publish before ...": an embargo instruction. */
export const DO_NOT_PUBLISH_BEFORE = /(?<![\p{L}])(?:do\s{1,5}not|don['’]t|please\s{1,5}do\s{1,5}not|not\s{1,5}to\s{1,5}be)\s{1,5}(?:publish|post|share|release|report|broadcast|tweet)(?:ed)?\s{1,5}(?:this\s{1,5}|it\s{1,5}|anything\s{1,5})?(?:before|until|prior\s{1,5}to)(?![\p{L}])/giu;

/** Material passed on in confidence: "told me in confidence". */
export const IN_CONFIDENCE = /(?<![\p{L}])(?:told|tells|telling|shared|sharing|said|mentioned|confided|showed|shown|given|passed|whispered)\s{1,5}(?:(?:it|this|that|them|to|me|us|with)\s{1,5}){0,3}in\s{1,5}(?:strict\s{1,5}|complete\s{1,5}|total\s{1,5})?confidence(?![\p{L}])/giu;

/** A leaked document: "the leaked memo", "leaked internal figures". */
export const LEAKED = re(`${S}leaked\\s{1,20}(?:(?:internal|confidential|draft|secret|unpublished)\\s{1,20}){0,2}${words(CONFIDENTIAL_ARTEFACTS)}${E}`);

/** A leak the author passes on: "quick leak from the budget meeting". */
export const LEAK_FROM = /(?<![\p{L}])(?:(?:a|quick|little|small|exclusive|fresh|another)\s{1,5})?leaks?\s{1,5}(?:from|out\s{1,5}of)\s{1,5}(?:the|our|today['’]s|this\s{1,5}morning['’]s|a)(?![\p{L}])/giu;

/** An internal document whose content the draft reveals ("an internal memo shows"). */
export const INTERNAL_DOC = re(
  `${S}internal\\s{1,20}(?:memo|memos|e-?mails?|minutes|briefing|note|notes|report|document|documents|figures|numbers|assessment|audit|review|slides|deck|plan|budget|data|chat|thread|messages?|survey\\s{1,20}results|list|spreadsheet|dashboard\\s{1,20}figures)${E}`,
);

/** After an internal document: it reveals something. */
export const REVEAL_AFTER = /^[^.!?]{0,40}?(?<![\p{L}])(?:shows?|showed|says|said|reveals?|revealed|suggests?|confirms?|confirmed|states?|lists?|admits?|warns?|puts|proves?|leaked)(?![\p{L}])/iu;

/** Before an internal document: the author has it and passes it on. */
export const REVEAL_BEFORE = /(?:according\s{1,5}to|I['’]ve\s{1,5}seen|I\s{1,5}have\s{1,5}seen|I\s{1,5}saw|I\s{1,5}read|got\s{1,5}hold\s{1,5}of|a\s{1,5}copy\s{1,5}of|leaked|sneak\s{1,5}peek\s{1,5}at|quoting|quote\s{1,5}from|screenshot\s{1,5}of|here['’]s|here\s{1,5}is)\s{1,10}(?:(?:an|the|our|a|this|my|their|his|her)\s{1,10})?$/iu;

/** "not yet public", "hasn't been announced", "yet to be released". */
export const NOT_YET_PUBLIC = asciiFirst(/(?<![\p{L}])(?:not\s{1,5}yet|yet\s{1,5}to\s{1,5}be|(?:is|are|has|have|was|were)n['’]t(?:\s{1,5}yet)?(?:\s{1,5}been)?|(?:is|are|has|have)\s{1,5}not(?:\s{1,5}yet)?(?:\s{1,5}been)?|before\s{1,5}(?:it|they)(?:['’]s|['’]re|\s{1,5}(?:is|are))(?:\s{1,5}officially)?)\s{1,5}(?:made\s{1,5})?(?:public|published|released|announced|official|out)(?:\s{1,5}yet)?(?![\p{L}])/giu);

/** Disclosure cues near "not yet public": a colon, "but", a sneak peek. */
export const DISCLOSURE_AFTER = /^[\s,;]{0,5}(?:(:)|(but)(?![\p{L}])|so\s{1,5}(?:keep|don|please)|here|you\s{1,5}heard|sneak|first\s{1,5}look)/iu;
export const DISCLOSURE_CUES = /(?<![\p{L}])(?:sneak\s{1,5}peek|first\s{1,5}look|exclusive|scoop|heads[-\s]up|spoiler|leak(?:ed)?|between\s{1,5}us|not\s{1,5}supposed\s{1,5}to|keep\s{1,5}(?:this|it)\s{1,5}(?:quiet|to\s{1,5}yourselves?)|psst)(?![\p{L}])/iu;

/** Material that "not yet public" speaks of. */
export const NOT_YET_SUBJECT = re(`${S}${words(NOT_YET_PUBLIC_SUBJECTS)}${E}`, 'iu');

// ---------------------------------------------------------------- private conversation

/** Sharing something before its release: "posting this before the official launch". */
export const BEFORE_RELEASE = /(?<![\p{L}])(?:posting|sharing|leaking|revealing|spoiling|sneaking|dropping|teasing|here['’]s|here\s{1,5}(?:is|are)|sneak\s{1,5}peek|spoiler)(?![\p{L}])[^.!?]{0,60}?(?<![\p{L}])(?:before|ahead\s{1,5}of)\s{1,5}(?:(?:the|our|its|it|they)\s{1,5})?(?:(?:official|report|results|numbers|figures|data|study|announcement|news|strategy|plan|budget)\s{1,5}){0,2}(?:launch|release|announcement|publication|press\s{1,5}release|embargo|drops|comes\s{1,5}out|is\s{1,5}out|goes\s{1,5}(?:live|public|out)|is\s{1,5}(?:published|released|announced|public|official)|launches|publishes)(?![\p{L}])/giu;

/** "I probably shouldn't say this", "I'm not really supposed to share this". */
export const SHOULD_NOT_SAY = /(?<![\p{L}])I(?:['’]m|\s{1,5}am)?\s{1,5}(?:(?:probably|really|honestly|definitely|technically|actually|totally)\s{1,5})?(?:shouldn['’]t|should\s{1,5}not|not\s{1,5}(?:(?:really|actually|technically)\s{1,5})?(?:supposed|allowed|meant)\s{1,5}to)\s{1,5}(?:be\s{1,5})?(?:say|saying|tell|telling|share|sharing|post|posting|mention|mentioning|talk|talking|repeat|reveal|revealing)(?![\p{L}])/giu;

/** "Leaking this a bit early", "sharing this before it's official". */
export const LEAKING_THIS = /(?<![\p{L}])(?:leaking|sharing|posting|revealing|spilling)\s{1,5}(?:this|it|the\s{1,5}news)\s{1,5}(?:(?:a\s{1,5}(?:bit|little|tad)|slightly|way)\s{1,5})?(?:early|ahead\s{1,5}of\s{1,5}time|prematurely|before\s{1,5}(?:it['’]s|it\s{1,5}is|it\s{1,5}goes)\s{1,5}(?:official|public|out|live))(?![\p{L}])/giu;

/** "couldn't find the field on a map": a mocking idiom. */
export const COULDNT_FIND = /(?<![\p{L}])couldn['’]?t\s{1,5}find\s{1,5}(?:[\p{L}'’]{1,20}\s{1,5}){0,4}?(?:on\s{1,5}a\s{1,5}map|with\s{1,5}both\s{1,5}hands|with\s{1,5}a\s{1,5}(?:map|torch|compass))(?![\p{L}])|(?<![\p{L}])who\s{1,5}(?:hires|hired|employs|promoted)\s{1,5}these\s{1,5}(?:people|clowns|idiots|guys)(?![\p{L}])/giu;

/** Before "confidential": a relative clause about something ("the minutes, which are confidential"). */
export const RELATIVE_COPULA = /(?:which|that|they|these|those|both)\s{1,5}(?:is|are|were|was|remain|remains)\s{1,5}(?:(?:still|strictly|highly|all)\s{1,5})?$/iu;

/** Markers of a confidence: "off the record", "between you and me", "don't tell anyone". */
export const PRIVATE_MARKER = re(`${S}${words(PRIVATE_MARKERS)}${E}`);

/** Talk about "off the record" rather than use of it. */
export const META_PRIVATE = re(`${S}${words(META_OFF_THE_RECORD)}${E}`, 'iu');

// "DM me and I'll tell you", "message me privately for the real story". The verb phrase after
// "I'll" is a bounded list; "how to", "where to" after it mean ordinary help, checked in code.
export const DM_FOR_SECRET = re(
  `${S}(?:DM|PM|inbox|message|whatsapp|text|ping|DMs)\\s{1,10}me${E}(?:\\s{1,10}(?:privately|directly|offline|in\\s{1,10}private))?` +
    `(?:\\s{0,10}(?:,|and|&|\\+)\\s{1,10}(?:I['’]ll|I\\s{1,10}will|I\\s{1,10}can|I\\s{1,10}could)\\s{1,10}(tell\\s{1,10}you|spill|fill\\s{1,10}you\\s{1,10}in|explain\\s{1,10}everything|give\\s{1,10}you\\s{1,10}the\\s{1,10}(?:real|full|inside|juicy|whole)|share\\s{1,10}the\\s{1,10}(?:real|juicy|inside|whole|rest))` +
    `|\\s{1,10}(?:for|to\\s{1,10}get|to\\s{1,10}hear)\\s{1,10}${words(SECRET_REWARDS)}${E})`,
  'giu',
);

/** After "DM me and I'll tell you": ordinary help, not a secret ("how to apply"). */
export const ORDINARY_HELP_AFTER = /^\s{1,10}(?:how|where|when|what\s{1,5}time|about\s{1,5}the\s{1,5}(?:application|event|programme|program|course|job|vacancy|process|workshop|session|training)|more\s{1,5}about\s{1,5}(?:the|our)\s{1,5}(?:programme|program|event|course|job|vacancy|workshop))/iu;

/** "I'll tell you in private", "more in DMs", "ask me offline". */
export const TELL_IN_PRIVATE = asciiFirst(/(?<![\p{L}])(?:(?:I['’]ll|I\s{1,5}will|I\s{1,5}can|happy\s{1,5}to)\s{1,5}(?:tell|explain|say)\s{1,5}(?:you\s{1,5})?(?:more\s{1,5})?(?:in\s{1,5}private|privately|offline|in\s{1,5}(?:a\s{1,5})?DMs?)|(?:the\s{1,5})?(?:real|full|juicy|whole)\s{1,5}(?:story|details)\s{1,5}in\s{1,5}(?:my\s{1,5})?DMs?|can['’]t\s{1,5}say\s{1,5}more\s{1,5}(?:here|on\s{1,5}here|publicly|in\s{1,5}public))(?![\p{L}])/giu);

// ---------------------------------------------------------------- gossip

const PEOPLE = words(WORKPLACE_PEOPLE);
const PLACES = words(WORKPLACE_PLACES);
const SUBJECT = `(?:${S}(?:my|our|the)\\s{1,20}(?:(?:new|old|current|former|dear|lovely|beloved|wonderful|esteemed|so-called)\\s{1,20})?${PEOPLE}|${S}(?:my|our|this)\\s{1,20}(?:(?:new|old|current|lovely|beloved|wonderful)\\s{1,20})?${PLACES}|${S}${words(BARE_WORKPLACE_SUBJECTS)})${E}`;

// A workplace subject and, in the same sentence, a complaint about it: a state after a copula
// within three words ("my new manager at HQ is useless") or an action within six ("my boss never
// replies"). Gap words are bounded runs of letters (no sentence punctuation) separated by white
// space, so the gap cannot overlap itself or leave the sentence.
const GAP = (n: number): string => `(?:\\s{1,20}[\\p{L}\\p{N}'’,-]{1,30}){0,${n}}?`;
export const WORKPLACE_COMPLAINT = re(
  `${SUBJECT}(?:${GAP(3)}\\s{1,20}(?:is|are|was|were|has\\s{1,20}been|have\\s{1,20}been|seems?|['’]s|['’]re)\\s{1,20}(?:(?:so|such|completely|totally|really|utterly|absolutely|just|a\\s{1,20}total|a\\s{1,20}complete|always|again|an\\s{1,20}absolute|truly|frankly)\\s{1,20}){0,2}(${words(COMPLAINT_STATES)})` +
    `|${GAP(6)}\\s{1,20}(${words(COMPLAINT_ACTIONS)}))${E}`,
  'giud',
);

/** A workplace subject alone, to find the one nearest the complaint inside a match. */
export const WORKPLACE_SUBJECT = re(SUBJECT);

/** Gossip and complaint set phrases: "office drama", "guess who got fired", "I hate my job". */
export const GOSSIP_PHRASE = re(`${S}${words(GOSSIP_PHRASES)}${E}`);

/** Gossip about a colleague's private life: "the director's affair", "my boss's divorce". */
export const PRIVATE_LIFE = re(
  `${S}(?:my|our|the)\\s{1,20}(?:new\\s{1,20})?${PEOPLE}['’]s?\\s{1,20}(?:(?:secret|new|latest|messy)\\s{1,20})?(?:affair|divorce|drinking|breakdown|pregnancy|love\\s{1,20}life|girlfriend|boyfriend|hangover|salary|sick\\s{1,20}leave|disciplinary)${E}`,
);

/** Rumours about someone at work: "I heard our director is ...", "apparently my boss ...". */
export const RUMOUR = re(
  `${S}(?:I\\s{1,20}(?:heard|hear|was\\s{1,20}told)|apparently|word\\s{1,20}is|(?:the\\s{1,20})?rumou?rs?\\s{1,20}(?:is|are|has\\s{1,20}it|going\\s{1,20}(?:round|around)(?:\\s{1,20}the\\s{1,20}office)?)|the\\s{1,20}story\\s{1,20}is|word\\s{1,20}(?:in|around)\\s{1,20}the\\s{1,20}(?:office|corridors?)\\s{1,20}is)\\s{1,20}(?:that\\s{1,20})?(?:my|our|the)\\s{1,20}(?:new\\s{1,20})?${PEOPLE}${E}\\s{1,20}(?:is|was|has|had|got|gets|will\\s{1,20}be|might|may|and)${E}`,
);

// ---------------------------------------------------------------- shouting

/** Runs of three or more "!" or "?" ("!!!", "???", "?!?"), bounded. */
export const PUNCT_RUN = /(?<![!?！？])[!?！？]{3,200}/gu;

/**
 * A word for the capitals count: letters with inner apostrophes, or a run with digits,
 * underscores, dots, slashes or hyphens, which `capsKind` reads as an identifier.
 */
export const LETTER_WORD = asciiFirst(/[\p{L}\p{N}_]+(?:[-./\\+'’][\p{L}\p{N}_]+){0,10}/gu);

/** A character that makes a word an identifier ("NODE_ENV", "UTF-8", "MIN/MAX"). */
export const IDENTIFIER_CHAR = /[\p{N}_./\\+-]/u;

/** An upper-case letter. */
export const UPPER_CASE = /\p{Lu}/u;

/** A vowel: initialisms without one ("UNHCR", "WFP") are not shouting. */
export const VOWEL = /[AEIOUYÀ-ÖØ-Ý]/u;

/** A roman numeral ("XIV"). */
export const ROMAN_NUMERAL = /^[IVXLCDM]{1,8}$/u;

/** Words of a legal disclaimer, written in capitals by convention. */
export const LEGAL_CAPS = re(`${S}${words(LEGAL_CAPITALS)}${E}`, 'u');

/** A "?"-only run standing alone, as a placeholder ("Owner: ???"). */
export const PLACEHOLDER_BEFORE = /(?:^|[:|(\[]|\s)\s{0,20}$/u;
export const PLACEHOLDER_AFTER = /^(?:\s|[:|)\]]|$)/u;

/** A run of question marks only. */
export const QUESTION_ONLY = /^[?？]+$/u;

/** A sentence with "!" (a heading that exclaims). */
export const EXCLAIMS = /[!！]/u;

/**
 * A paragraph wholly in bold or italics, or an HTML heading: `**TITLE**`, `<h3>TITLE</h3>`.
 * The middle excludes the markers, so the two ends cannot trade characters.
 */
/**
 * Quotation marks written as HTML entities around a span (archived posts and front matter keep
 * them: "&ldquo;DO ALL THE THINGS!&rdquo;"): before the span, and after it past its punctuation.
 */
export const ENTITY_QUOTE_BEFORE = /(?:&ldquo;|&#8220;|&#x201c;|&quot;|&#34;|&lsquo;|&#8216;|&#x2018;)\s{0,2}$/iu;
export const ENTITY_QUOTE_AFTER = /^[!?.,;:…]{0,4}\s{0,2}(?:&rdquo;|&#8221;|&#x201d;|&quot;|&#34;|&rsquo;|&#8217;|&#x2019;)/iu;

export const PSEUDO_HEADING = /^\s{0,3}(?:(?:\*\*|__)[^*_\r\n]{1,300}(?:\*\*|__)|<h[1-6][^>\r\n]{0,200}>[^<\r\n]{1,300}<\/h[1-6]>)\s{0,3}$/iu;

// ---------------------------------------------------------------- titles (corpus review, issue 4)

/** A quotation mark between two words in capitals: a run in capitals stops there. */
export const QUOTE_MARK = /["“”„«»]/u;

/**
 * After a run in capitals, what makes it a title (of an event, a talk, a campaign): a subtitle
 * in Title Case after a colon ("THE BIG DEBATE: Paper Vs. Screen.").
 */
export const SUBTITLE_AFTER = /^[!?]{0,3}\s{0,2}:\s{1,3}\p{Lu}[\p{L}'’.-]{0,30}(?:\s{1,3}(?:\p{Lu}[\p{L}'’.-]{0,30}|v\.|vs\.?|of|and|or|the|for|in|on|at|to|a|&)){1,10}\s{0,2}(?:[.,;!?)]|$)/u;

/** A run in capitals that is the whole text of a link ("[THE BIG DEBATE](url)"): before, after. */
export const LINK_TEXT_BEFORE = /\[\s{0,2}$/u;
export const LINK_TEXT_AFTER = /^[!?.]{0,3}\s{0,2}\]\(/u;

/**
 * A "?!?" at the end of emphasis that is a title of someone else's work: the emphasis opens
 * after a possessive ("Ana's _Why the fork?!?_"), or holds a "Title: Subtitle".
 */
export const EMPHASIS_CLOSE_AFTER = /^(?:\*\*?|__?)(?![\p{L}\p{N}])/u;
export const POSSESSIVE_EMPHASIS_BEFORE = /\p{L}['’]s\s{1,2}(?:\*\*?|__?)\p{Lu}[^*_\r\n]{0,200}$/u;
export const EMPHASIS_SUBTITLE_BEFORE = /(?:^|[\s(\[])(?:\*\*?|__?)\p{Lu}[^*_\r\n:]{0,100}:\s{1,2}\p{Lu}[^*_\r\n]{0,150}$/u;

/**
 * A word on the profanity list named as a software dependency ("no longer depends on xyz", "bump
 * xyz to 2.1"), the whole object of the verb: before the word, and after it.
 */
export const DEPENDENCY_BEFORE = /(?<![\p{L}])(?:depends?|depending|dependency|dependencies|relies|rely|relying)\s{1,3}(?:on|upon)\s{1,3}$|(?<![\p{L}])(?:bump(?:s|ed)?|vendor(?:s|ed)?|upgrade[sd]?|linked\s{1,3}against|links?\s{1,3}against)\s{1,3}$/iu;
export const DEPENDENCY_AFTER = /^(?:\s{0,2}$|\s{0,2}[.,;:)\]]|\s{1,3}(?:v?\d|\(|to\s{1,3}v?\d|and\s|from\s))/u;

/**
 * A word in capitals or capitalised, coordinated with a title (the text of a link, or a name of
 * two or more capitalised words) just before it: "[Some Show](url) and XYZ are hosted by".
 */
export const LINKED_TITLE_AND_BEFORE = /\]\([^()\s]{1,300}\)\s{0,3}(?:,|and|or|&)\s{1,3}$/u;
export const TITLE_CASE_AND_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}{1,20}(?:\s{1,2}\p{Lu}\p{Ll}{1,20}){1,5}\s{1,2}(?:and|or|&)\s{1,2}$/u;
/** After such a word: not an exclamation ("XYZ?!", "XYZ, seriously"). */
export const NOT_EXCLAIMED_AFTER = /^(?![\s]{0,2}[?!,])/u;

/** A possessive "'S" at the end of a word in capitals. */
export const CAPS_POSSESSIVE = /['’]S$/u;

// ---------------------------------------------------------------- hostile tone

/** Anger words and blaming address, for the tone score. */
export const ANGER = re(`${S}${words(ANGER_WORDS)}(?:${E}|(?<=\\?))`);
export const ACCUSATION = re(`${S}${words(ACCUSATIONS)}${E}`);

/** Cheap tests: a "!!"-like run, three capitals in a row. */
export const EXCLAIM_HINT = /[!?！？]{2}/u;
export const CAPS_HINT = asciiFirst(/\p{Lu}{3}/u);

/** Two or more "!" or "?" in a row. */
export const EXCLAIM_RUN = /[!?！？]{2,200}/gu;

/** Every pattern above that runs on user text, for the central ReDoS test. */
export const patterns: Record<string, RegExp> = {
  ...QUOTE_PATTERNS,
  ...TOKEN_PATTERNS,
  WORD_TOKEN,
  MASKED_PROFANITY,
  MASK_HINT,
  INSULT_ONLY,
  WHITESPACE,
  LETTER,
  CAPITALISED,
  CAPITAL_NEXT,
  CAPITAL_BEFORE,
  CAMEL_CASE,
  WORK_NOUN_AFTER,
  APOSTROPHE_TAIL,
  NAME_PREFIX,
  STRONG_INSULT,
  STRONG_INSULT_EXCEPTION,
  SELF_DEPRECATION,
  WEAK_INSULT,
  ADJ_ON_PEOPLE,
  PEOPLE_ARE_ADJ,
  INTENSIFIED_SLANG,
  NEGATION_BEFORE,
  DEHUMANISING,
  MOCKING,
  MARKING,
  LABEL_MARKING,
  LABEL_AFTER,
  LABEL_BEFORE,
  LOWER_CASE,
  CAPITAL_START,
  OPEN_BRACKET_BEFORE,
  COLON_AFTER,
  WORD_SEPARATOR,
  DISCLOSURE_BUT_TAIL,
  CONFIDENTIAL_WORD,
  NEXT_WORDS,
  PREVIOUS_WORDS,
  PREVIOUS_MANY_WORDS,
  ARTEFACT,
  CONTENT_COPULA,
  LABEL_START,
  EMBARGO_TIME,
  DO_NOT_PUBLISH_BEFORE,
  IN_CONFIDENCE,
  LEAKED,
  LEAK_FROM,
  INTERNAL_DOC,
  REVEAL_AFTER,
  REVEAL_BEFORE,
  NOT_YET_PUBLIC,
  DISCLOSURE_AFTER,
  DISCLOSURE_CUES,
  NOT_YET_SUBJECT,
  BEFORE_RELEASE,
  SHOULD_NOT_SAY,
  LEAKING_THIS,
  COULDNT_FIND,
  RELATIVE_COPULA,
  PRIVATE_MARKER,
  META_PRIVATE,
  DM_FOR_SECRET,
  ORDINARY_HELP_AFTER,
  TELL_IN_PRIVATE,
  WORKPLACE_COMPLAINT,
  WORKPLACE_SUBJECT,
  GOSSIP_PHRASE,
  RUMOUR,
  PRIVATE_LIFE,
  PUNCT_RUN,
  LETTER_WORD,
  IDENTIFIER_CHAR,
  UPPER_CASE,
  VOWEL,
  ROMAN_NUMERAL,
  LEGAL_CAPS,
  PLACEHOLDER_BEFORE,
  PLACEHOLDER_AFTER,
  CAPS_POSSESSIVE,
  QUESTION_ONLY,
  EXCLAIMS,
  PSEUDO_HEADING,
  ENTITY_QUOTE_BEFORE,
  ENTITY_QUOTE_AFTER,
  QUOTE_MARK,
  SUBTITLE_AFTER,
  LINK_TEXT_BEFORE,
  LINK_TEXT_AFTER,
  EMPHASIS_CLOSE_AFTER,
  POSSESSIVE_EMPHASIS_BEFORE,
  EMPHASIS_SUBTITLE_BEFORE,
  DEPENDENCY_BEFORE,
  DEPENDENCY_AFTER,
  LINKED_TITLE_AND_BEFORE,
  TITLE_CASE_AND_BEFORE,
  NOT_EXCLAIMED_AFTER,
  ANGER,
  ACCUSATION,
  EXCLAIM_RUN,
  EXCLAIM_HINT,
  CAPS_HINT,
};
