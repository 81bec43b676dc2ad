/**
 * Every regular expression of the `trustworthiness` checks that runs on user text. Each one is
 * linear: alternations of fixed words, bounded repetition, no nested quantifiers over the same
 * characters. `patterns` lists them all for the central ReDoS test.
 */
import { deferredPerList, lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { UN_SYSTEM_NAMES, documentLevelPatterns, escapeRegExp, keyWords, phraseAlternation, spacedAtoms } from '../../src/rule-kit/index.js';
import { asciiFirst } from '../../src/rule-kit/ascii-first.js';
import {
  ACTIVITY_VERBS, COUNT_HARM_BEFORE, COUNT_SCOPE, COUNT_STATE_AFTER, WORLD_SCOPE, CONTESTED_TOPICS, FACT_PREDICATES, HEARSAY_ADVERBS, HEARSAY_PHRASES, MEDIA_NOUNS, MEDIA_PLATFORMS,
  NOT_OWN, POPULATION_NOUNS, POPULATION_VERBS, SHARE_WORDS, WORLD_TOPICS,
} from './words.js';

/** A phrase's atoms, where a straight apostrophe also matches a curly one. */
const apostrophes = (phrase: string): string[] => spacedAtoms(phrase).map((atom) => atom.replace(/'/g, "['’]"));

/** The alternation of a list, for embedding in a larger pattern (longest first). */
function altNow(list: readonly string[]): string {
  return `(?:${phraseAlternation(list, apostrophes)})`;
}
/** `altNow`, built when a pattern holding it is first used (`deferredPerList`). */
const alt = deferredPerList(altNow);

/** A phrase list as one alternation with word boundaries; a straight apostrophe also matches a curly one. */
export function phrases(list: readonly string[], flags = 'giu'): RegExp {
  return lazyRegExp(`(?<![\\p{L}\\p{N}_])${alt(list)}(?![\\p{L}\\p{N}_])`, flags);
}

// ---- hearsay ---------------------------------------------------------------------------------

export const HEARSAY = phrases(HEARSAY_PHRASES);

// "I heard that", "I've heard rumours", "we heard on the grapevine": hearing of a claim, not of a
// sound ("I heard the children singing" does not match: a clause word must follow "heard"). "We
// heard from users that" is feedback, not hearsay, so "we" only goes with rumours and the grapevine.
export const HEARD_THAT =
  /\b(?:(?:I|I['’]ve|I\s+have|I\s+had|I['’]d)\s+(?:also\s+|just\s+|even\s+|recently\s+|already\s+){0,2}heard\s+(?:that|rumou?rs?|talk|it\s+said|on\s+the\s+grapevine|through\s+the\s+grapevine|somewhere|there\s+(?:is|are|was|were|will|might|may|could)|from\s+(?:someone|somebody|a\s+friend|friends|a\s+source|an\s+insider))|(?:we|we['’]ve|we\s+have|we\s+had)\s+(?:also\s+|just\s+|even\s+|recently\s+|already\s+){0,2}heard\s+(?:rumou?rs?|on\s+the\s+grapevine|through\s+the\s+grapevine|from\s+(?:someone|somebody|a\s+friend|friends|a\s+source|an\s+insider)))\b/giu;

// "People in the camp are saying...", "Everyone is saying...", at the start of a sentence ("listen to
// what people are saying" is not hearsay).
export const PEOPLE_SAYING = asciiFirst(/(?<=^|[.!?:]\s{1,5}|[\r\n]\s{0,10})(?:[Pp]eople|[Ee]veryone|[Ee]verybody|[Ll]ocals|[Rr]esidents|[Nn]eighbou?rs|[Ss]ome\s+people|[Mm]any\s+people)(?:\s{1,3}(?:in|at|from|around|on)\s{1,3}(?:the\s{1,3})?[\p{L}-]{1,25}){0,2}\s{1,3}(?:are|were|keep|have\s+been)\s{1,3}saying/gu);

// Key words: a segment with none of them cannot match the pattern (each is a whole word of every match).
export const HEARSAY_ADVERB_KEYS = keyWords(HEARSAY_ADVERBS);
export const HEARD_KEYS: ReadonlySet<string> = new Set(['heard']);
export const PEOPLE_SAYING_KEYS: ReadonlySet<string> = new Set(['people', 'everyone', 'everybody', 'locals', 'residents', 'neighbours', 'neighbors']);

// Before "I heard that": a story of learning news ("when I heard that the job was open").
export const HEARD_WHEN = /\b(?:when|once|after|before|as\s+soon\s+as|until|since|the\s+day|the\s+moment)\s{1,3}$/iu;

// A hearsay adverb that closes its sentence, as an ironic tag: "We all went to the gym, allegedly."
export const ADVERB_AT_END = /^\s{0,3}[.!?)]/u;
// A clause-level hearsay adverb. Whether it qualifies a clause is decided in code from its context.
export const HEARSAY_ADVERB = phrases(HEARSAY_ADVERBS);

// Before a hearsay adverb: what may open a sentence ahead of it (quotes, brackets, emphasis).
export const SENTENCE_LEAD = /[\s"“‘'(*_]{1,20}$/u;
// "was apparently built": an auxiliary before the adverb and a participle after it.
export const AUXILIARY_BEFORE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\s{1,3}$/iu;
export const PARTICIPLE_AFTER = /^\s{1,3}[\p{L}]{2,30}(?:ing|ed)\b/u;
// Before or after an adverb: punctuation that makes it a parenthetical ("the road, apparently, is").
export const PAREN_BEFORE = /[,;:(—–]$/u;
export const PAREN_AFTER = /^\s{0,3}[,;:)—–]/u;

// "Word is" only at the start of a sentence ("The word is 'resilience'" is not hearsay).
export const WORD_IS = /(?:^|[.!?]\s{1,10}|[\r\n]\s{0,10})(Word\s+is)(?:\s*,|\s+that)?\s/gu;

// ---- unsourced figures and claims ------------------------------------------------------------

// A percentage: "45%", "12.5 per cent", "3 percentage points".
export const PERCENT = /(?<![\p{L}\p{N}.,$€£])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|(?:per\s?cent|percent|percentage\s+points?)\b)/giu;

// A large count of people or things: "2.3 million people", "over 40,000 displaced children",
// "10 000 households", "1.2m refugees". The number is grouped digits, 4-9 plain digits (years are
// dropped in code) or a figure with a scale word; up to three words may stand before the noun.
export const COUNT = lazyRegExp(
  String.raw`(?<![\p{L}\p{N}.,/:#$€£@-])(\d{1,3}(?:[,\u00a0\u202f ’']\d{3}){1,4}|\d{4,9}|\d{1,4}(?:[.,]\d{1,2})?\s?(?:million|billion|trillion|thousand|lakh|crore|mn|bn|m|k)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+(?:million|billion))` +
    String.raw`(?:\s{1,3}|\s?-\s?)(?:[\p{L}’'-]{1,25}\s{1,3}){0,3}?(?:${alt(POPULATION_NOUNS)}|${alt(POPULATION_VERBS)})(?![\p{L}])`,
  'giu',
);

// A rate of people: "one in five children", "3 out of 4 households", "two-thirds of refugees",
// "twice as likely". A noun of people must follow a "one in five" so that "3 out of 14
// challenges" and "7.4 out of 10" are not rates.
export const RATE = lazyRegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?:one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|(?!(?:19|20)\d{2}\b)\d{1,4})\s{1,3}(?:[\p{L}-]{1,25}\s{1,3}){0,2}?${alt(POPULATION_NOUNS)}(?![\p{L}])` +
    String.raw`|(?:half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters|a\s+fifth|one[- ]fifth)\s+of\s+(?:all\s+)?(?:the\s+)?(?:world['’]s\s+)?(?:[\p{L}-]{1,25}\s{1,3}){0,2}?${alt(POPULATION_NOUNS)}(?![\p{L}])` +
    String.raw`|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several)\s+times\s+(?:more|less|as)\s+(?:likely|often|frequently|common)` +
    String.raw`|twice\s+as\s+(?:likely|often|common))`,
  'giu',
);

// A claim that leans on unnamed evidence: "studies show", "experts say", "according to a report",
// "it is estimated that", "data shows".
export const CLAIM = lazyRegExp(
  String.raw`\b(?:(?<!\b(?:user|our|your|their|my|UX|design|market|this|that|these|those|the|own|his|her|its)\s{1,3})(?:(?:recent|new|many|several|numerous|some|countless|multiple)\s+)?(?:studies|research|science|scientific\s+evidence|evidence|statistics|surveys|polls|experts|scientists|doctors|researchers|economists|analysts|specialists)\s+(?:have\s+|has\s+)?(?:clearly\s+|consistently\s+|repeatedly\s+|now\s+)?(?:show|shows|showed|shown|suggest|suggests|suggested|prove|proves|proved|proven|indicate|indicates|indicated|confirm|confirms|confirmed|agree|agrees|say|says|warn|warns|tell\s+us|demonstrate|demonstrates|demonstrated|estimate|estimates|predict|predicts|found\s+that|find\s+that|finds\s+that)\b` +
    String.raw`|(?:a|one|the\s+latest|the\s+most\s+recent|a\s+recent|a\s+new|a\s+major|another)\s+(?:study|report|survey|poll|analysis|paper)\s+(?:shows|showed|found|finds|suggests|suggested|says|said|revealed|reveals|confirms|confirmed|indicates|estimates|estimated)\b` +
    String.raw`|according\s+to\s+(?:(?:a|one|some|the\s+latest|the\s+most\s+recent|recent|new|latest|official)\s+(?:recent\s+|new\s+|latest\s+|official\s+|independent\s+|government\s+){0,2}(?:study|studies|report|reports|survey|surveys|poll|polls|research|analysis|estimates|statistics|figures|data|experts|sources)|experts|scientists|researchers|studies|research|statistics|figures|estimates|data|reports)\b` +
    String.raw`|it\s+(?:is|has\s+been|was)\s+(?:estimated|proven|shown|reported|documented|established|scientifically\s+proven)\s+that` +
    String.raw`|(?<!\b(?:the|our|this|that|these|their|its|my|your|survey|user|usage|traffic)\s{1,3})(?:data|numbers|figures)\s+(?:clearly\s+)?(?:shows?|suggests?|indicates?|proves?|tells?\s+us)\s+that)`,
  'giu',
);

// Words one of which every CLAIM match holds as a whole word.
export const CLAIM_KEYS: ReadonlySet<string> = new Set([
  'studies', 'research', 'science', 'evidence', 'statistics', 'surveys', 'polls', 'experts', 'scientists', 'doctors', 'researchers', 'economists',
  'analysts', 'specialists', 'study', 'report', 'survey', 'poll', 'analysis', 'paper', 'according', 'estimated', 'proven', 'shown', 'reported',
  'documented', 'established', 'data', 'numbers', 'figures',
]);

// Cheap prefilter: a paragraph with none of these cannot hold a figure or a claim.
// Besides a digit, a word of each CLAIM, PERCENT, COUNT and RATE alternative: "specialists",
// "report", "analysis" and "paper" of CLAIM, "fifth" and "three times more" of RATE included.
export const FIGURE_PREFILTER = /\d|%|\s(?:in|out\s+of)\s|stud|research|expert|according|estimat|statist|data|survey|evidence|scien|million|billion|percent|per\s?cent|twice|third|half|quarter|fifth|times\s+(?:more|less|as)|numbers|figures|poll|doctor|economist|analy|specialist|report|paper|proven|shown|documented|established/i;

// Cheap prefilters for the costlier figure patterns: a large number or a scale word; a rate's words.
export const COUNT_PREFILTER = /\d[,.\s’'\u00a0\u202f]?\d{3}|million|billion|trillion|thousand|lakh|crore|\d\s?(?:k|m|mn|bn)\b/i;
export const RATE_PREFILTER = /\s(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d)|third|half|quarter|fifth|times\s+(?:more|less|as)|twice\s+as/i;
export const PERCENT_PREFILTER = /%|per\s?cent|percentage/i;

// A source named or linked in the same sentence or paragraph.
export const CITATION = lazyRegExp(
  String.raw`(?:\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:latest\s+|recent\s+|new\s+|annual\s+|(?:19|20)\d{2}\s+)?(?:@\w|[\p{Lu}])` +
    String.raw`|\b(?:[Ss]ources?|SOURCES?|[Dd]ata\s+source|[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]eference|[Rr]eferences|[Cc]itation)\s{0,3}:\s{0,5}\S` +
    String.raw`|\((?:[\p{Lu}@][^()\r\n]{0,80}?)[,\s]\s{0,2}(?:19|20)\d{2}[a-z]?(?:[,;:][^()\r\n]{0,30})?\)` +
    String.raw`|(?:\b[\p{Lu}]{2,}[\p{L}-]{0,20}|\b[Tt]he\s+[\p{Lu}][\p{L}-]{1,25}(?:\s{1,3}[\p{Lu}][\p{L}-]{1,25}){0,4}|\b[\p{Lu}][\p{Ll}]{1,25}(?:\s{1,3}[\p{Lu}][\p{L}-]{1,25}){1,4}?)(?:['’]s)?\s{1,3}(?:(?:latest|new|recent|annual|official|global|(?:19|20)\d{2})\s{1,3}){0,2}(?:data|figures|report|reports|survey|census|estimates?|statistics|study|analysis|research|assessment|bulletin|dashboard|snapshot|index|records|numbers|projections|monitoring|tracker|overview|factsheet|fact\s+sheet)\b` +
    String.raw`|\b(?:published|released|reported|compiled|collected|produced|conducted|commissioned|issued|cited)\s+by\s+(?:the\s+)?(?:@\w|[\p{Lu}])` +
    String.raw`|\b(?:report|study|survey|census|analysis|paper|research|data|figures|estimates|statistics)\s+(?:by|from|of)\s+(?:the\s+)?\[?\s{0,3}(?:@\w|[\p{Lu}]{2,}|[\p{Lu}][\p{Ll}]{1,25}\s{1,3}[\p{Lu}])` +
    String.raw`|\b[Pp]er\s+(?:the\s+)?[\p{Lu}][\p{L}-]{1,30}` +
    String.raw`|\b[\p{Lu}][\p{L}\p{N}-]{1,30}['’]s\s{1,3}(?:[\p{L}\p{N}%.-]{1,20}\s{1,3}){0,2}?(?:research|report|survey|study|data|figures|statistics|estimates?|census|analysis|findings)\b` +
    String.raw`|\b(?:[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s{1,3}(?:[\p{L}\p{N}-]{1,20}\s{1,3}){0,2}?(?:research|report|survey|study|data|figures|statistics|estimates|census|analysis|findings)\b` +
    String.raw`|\b[\p{Lu}][\p{L}-]{1,30}(?:\s{1,3}[\p{Lu}][\p{L}-]{1,30}){0,3}\s{1,3}(?:also\s+)?(?:reported|reports|found|finds|estimated|estimates|predicts|predicted|projects|projected|calculated|counted|recorded)\s{1,3}that\b` +
    String.raw`|\b[\p{Lu}][\p{L}\p{N}-]{1,30}(?:\s{1,3}[\p{Lu}][\p{L}\p{N}-]{1,30}){0,3}\s{1,3}(?:forecasts?|forecasting|projects|projecting|estimates|estimating|predicts|predicting)\b` +
    String.raw`|(?<=[\p{L}\p{N},;:)]\s{1,3})[\p{Lu}][\p{L}\p{N}-]{1,30}\s{1,3}(?:research|data|survey|study|report|figures|estimates|analysis|polling)\s{1,3}(?:shows?|showed|found|finds|suggests?|suggested|reveals?|revealed|indicates?|indicated)\b` +
    String.raw`|\((?:[Ss]lides?|p\.|pp\.|[Pp]ages?|[Ff]ig\.|[Ff]igure|[Tt]able|[Cc]hart)\s{0,3}\d{1,4}(?:\s{0,2}[-–]\s{0,2}\d{1,4})?\)` +
    String.raw`|\b[\p{Lu}][\p{L}\p{N}-]{1,30}(?:\s{1,3}[\p{Lu}][\p{L}\p{N}-]{1,30}){0,3}\s{1,3}also\s{1,3}(?:finds|found|reports|reported|notes|noted|shows|showed)\b` +
    String.raw`|\b[Aa]ccording\s+to\s+(?:the|this|that|their|its|his|her)\s+(?:[\p{L}\p{N}-]{1,20}\s{1,3})?(?:report|study|survey|research|data|analysis|findings|paper|census|poll)\b` +
    String.raw`|\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\bibid\b|\bet\s+al\b)`,
  'gu',
);

// A sentence that presents a linked publication: the post that opens with it summarises that source.
export const PUBLICATION_WORD = /\b(?:report|reports|reported|study|survey|paper|research|analysis|poll|census|white\s?paper|index)\b/iu;

// In the raw source of a paragraph: a footnote reference or a superscript citation.
export const FOOTNOTE = /\[\^[^\]\r\n]{1,40}\]|<sup\b/i;

// A paragraph that is a source line: "Source: UNHCR", "Sources:", "Data: WHO".
export const SOURCE_LINE = /^\s{0,10}(?:[*_]{0,3}\s{0,3})?(?:sources?|data(?:\s+sources?)?|figures|references?|citations?|notes?|credits?)\s{0,3}:/i;

// Speech that attributes a figure to someone: "said Amina", "she told us", "explains the nurse".
export const SPEECH = /\b(?:said|says|told\s+(?:me|us|reporters)|tells\s+(?:me|us)|explained|explains|added|adds|recalled|recalls|noted|notes|stated|states|reported|reports|predicts|predicted|argues|argued|writes|wrote|according\s+to)\b/iu;

// The author speaking of their own activity: "we trained 40 nurses", "our team reached 12,000
// children", "I met 30 families", "our survey found", "1,200 people joined us", "43% of our staff".
export const OWN_ACTIVITY = lazyRegExp(
  String.raw`(?:\b(?:I(?:['’](?:ve|m|d|ll))?|[Ww]e(?:['’](?:ve|re|d|ll))?|[Mm]y\s+(?:team|colleagues|office|unit|staff)|[Oo]ur\s+(?:team|teams|office|offices|staff|colleagues|unit|programme|program|project|partners|volunteers|mission|clinic|clinics|campaign|response|operation|organi[sz]ation|agency|nurses|doctors|teachers|engineers|trainers|field\s+teams?)|[Tt]ogether,?\s+we)\s{1,3}(?:[\p{L}’'-]{1,20}\s{1,3}){0,3}?(?:have\s+|has\s+|had\s+|will\s+|would\s+|are\s+|were\s+|is\s+|was\s+|can\s+|could\s+)?(?:been\s+|now\s+|already\s+|currently\s+)?${alt(ACTIVITY_VERBS)}` +
    String.raw`|\b[Oo]ur\s+(?:own\s+|latest\s+|recent\s+|new\s+|annual\s+|first\s+)?(?:survey|surveys|data|records|figures|numbers|research|study|analysis|assessment|evaluation|monitoring|budget|grant|event|events|workshop|workshops|training|trainings|course|courses|webinar|conference|programme|program|project|campaign|appeal|distribution|site|sites|website|platform|service|app|tool|newsletter|blog|podcast|team)` +
    String.raw`|\bus\b|\b(?:by|of|from|for|to|with|among|across)\s+me\b|\b(?:[Oo]ur|[Mm]y)\s+(?!${alt(NOT_OWN)}(?![\p{L}]))[\p{L}-]{2,20}` +
    String.raw`|\b(?:visitors|visits|visited|visiting|page\s?views|sessions|clicks|downloads|subscribers|followers|impressions|retweets|sign-?ups|signed\s+up|pledged|registrations|unique\s+users|responded|commented|mentioned|attending|attended|traffic|perusing|browsing)\b` +
    String.raw`|\b(?:joined|contacted|visited|wrote\s+to|called|reached)\s+(?:us|me)\b` +
    String.raw`|\b(?:respondents|participants|attendees|responses|submissions|those\s+(?:surveyed|interviewed|asked)|people\s+(?:we|I)\s+(?:surveyed|interviewed|asked|met|spoke\s+to))` +
    String.raw`|\b(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|is\s+being|will\s+be)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:trained|reached|vaccinated|immunized|immunised|treated|served|supported|helped|registered|enrolled|screened|tested|hired|recruited|welcomed|assisted|evacuated|relocated|resettled|housed|sheltered|fed|visited|interviewed|surveyed|mentored|taught|equipped|distributed|delivered|provided|built|rebuilt|repaired|rehabilitated|planted|installed|submitted|received|processed|handled|answered))(?![\p{L}])`,
  'u',
);

// The paragraph reports the author's own survey or data: its other figures are the author's too.
export const OWN_DATA = /\b(?:(?:our|my)\s+(?:own\s+)?(?:survey|surveys|data|analytics|research|study|analysis|assessment|evaluation|monitoring|records|dashboard)|(?:we|I)\s+(?:ran|conducted|did|carried\s+out|launched|sent\s+out|analy[sz]ed)\s+(?:a|an|our|the)\s+(?:[\p{L}-]{1,20}\s+)?(?:survey|study|poll|analysis|assessment|evaluation|data)|(?:that|this|the|our)\s+survey|respondents|participants|(?:we|I)\s+(?:found|discovered|learned|learnt|noticed|observed|saw)|(?:we|I)\s+(?:dive|dove|dig|dug|looked)\s+(?:deeper\s+)?into\s+the\s+data)\b/iu;
// A sentence that speaks of the world at large: its figures are not the author's own even in a
// paragraph about the author's work ("We trained 40 nurses. In this district, 60% of mothers...").
export const WORLD_SCOPE_WORDS = phrases(WORLD_SCOPE, 'iu');
// A percentage of extra effort, not a statistic: "schedule 25% more time".
export const PERCENT_OF_EFFORT = /^\s{0,3}(?:more|less|longer|shorter|extra|additional)\s{1,3}(?:time|money|budget|days|hours|weeks|effort|space|work)\b/iu;
// A post that reports its own data: "Survey results", "2024 in numbers", "Year in review".
export const RESULTS_TITLE = /\b(?:survey|surveys|results|findings|by\s+the\s+numbers|in\s+numbers|year\s+in\s+review|annual\s+review|annual\s+report|metrics|analytics|statistics|census|midyear\s+report|progress\s+report|recap|retrospective)\b/iu;
// A link written in markdown that the parser did not take as one (a template in its target).
export const BROKEN_LINK = /\]\(\s{0,3}(?:\{\{|https?:|\/)/;
// A paragraph that quotes someone: its figures are that speaker's ("..., said the nurse").
export const PARA_SPEECH = /\b(?:said|says|told\s+(?:me|us)|explained|explains)\b/iu;
// Figures in an example or a hypothesis: "for example, 400,000 people...", "you might have 4,000".
export const HYPOTHETICAL = /\b(?:for\s+example|for\s+instance|e\.g\.|this\s+example|an\s+example|imagine|suppose|let['’]s\s+say|say\s+you|you\s+might|you\s+could|you\s{0,10}['’]d|you\s+would|you\s{0,10}['’]ll|you\s+will|if\s+you)\b/iu;

// A programme's own reach, just before a count: "helps over 15 million people", "engaged 250,000
// Americans", "supporting about 5,000 children".
export const SERVICE_BEFORE = /\b(?:(?:helps?|helped|helping|serves?|served|serving|supports?|supported|supporting|reach(?:es|ed|ing)?|engage[sd]?|engaging|benefit(?:s|ed|ing|ted|ting)?|assist(?:s|ed|ing)?|protect(?:s|ed|ing)?|train(?:s|ed|ing)?|connect(?:s|ed|ing)?|welcom(?:es|ed|ing)|host(?:s|ed|ing)?|cover(?:s|ed|ing)?|examin(?:es|ed|ing)|survey(?:s|ed|ing)|poll(?:s|ed|ing)|interview(?:s|ed|ing)|ask(?:s|ed|ing)|sampl(?:es|ed|ing)|stud(?:ies|ied|ying))\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,4}|(?:data|data\s+points|records|information|entries)\s{1,3}(?:from|for|on|about|of|covering)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2})$/iu;
// ... or just after it: "4,700 people attending", "300,000 citizens compete", "1,800 women pledged".
export const ENGAGEMENT_AFTER = /^[\s,]{0,3}(?:[\p{L}-]{1,20}\s{1,3}){0,5}?(?:received|sent|opened|came|coming|left|stopped|attend(?:ed|ing)?|visit(?:ed|ing)?|pledg(?:ed|ing)|sign(?:ed)?\s+up|join(?:ed|ing)?|compet(?:e|ed|ing)|participat(?:e|ed|ing)|took\s+part|take\s+part|used?|using|download(?:ed|ing)?|register(?:ed|ing)?|enroll?(?:ed|ing)?|respond(?:ed|ing)|submit(?:ted|ting)?|subscrib(?:e|ed|ing)|follow(?:ed|ing)?|watch(?:ed|ing)|view(?:ed|ing)|clicked|clicking|appl(?:y|ied)|complet(?:e|ed|ing)|were\s+(?:still\s+)?(?:on|perusing|visiting|using)|on\s+(?:a|the|our)?\s{0,3}(?:[\p{L}.-]{1,20}\s{1,3})?(?:website|websites|site|sites|page|pages))\b/iu;
// A count of people is a claim about the world when something happens to them after it ("2 million
// people are displaced"), harm or an estimate comes before it ("the floods killed 1,200 people",
// "an estimated 40,000"), or it is a rate ("each year", "worldwide").
// (Not in a relative clause: "3,812 Americans who died in the war are buried here" is a record.)
export const COUNT_STATE = lazyRegExp(String.raw`^[\s,]{0,3}(?:[\p{L}’'-]{1,20}\s{1,3}){0,5}?(?<!\b(?:who|that|which)\s{1,3})${alt(COUNT_STATE_AFTER)}(?![\p{L}])`, 'iu');
export const COUNT_HARM = lazyRegExp(String.raw`(?<![\p{L}])${alt(COUNT_HARM_BEFORE)}\s{1,3}(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|some)\s{1,3})?$`, 'iu');
export const COUNT_RATE = phrases(COUNT_SCOPE, 'iu');
// A COUNT match that ends with a verb of what happens to people ("2 million live below").
export const POPULATION_VERB_END = lazyRegExp(String.raw`(?<![\p{L}])${alt(POPULATION_VERBS)}$`, 'iu');
// "all 330 million Americans": a whole population, not a statistic.
export const WHOLE_POPULATION = /\b(?:all|the\s+entire|the\s+whole)\s{1,3}(?:(?:of\s+)?(?:the|our|its|their)\s{1,3})?$/iu;
// A paragraph that is a title or a label: no full stop at the end.
export const ENDS_LIKE_SENTENCE = /[.!?…:;"”»)]\s{0,20}$/u;

// Figures about people or the world, not about a product or a process: a percentage counts as a
// statistic only in a sentence with one of these words ("45% of refugees", "GDP fell 5%").
export const STAT_CONTEXT = phrases([...POPULATION_NOUNS, ...WORLD_TOPICS], 'iu');

// A plain four-digit year, which is not a count.
export const YEAR_ONLY = /^(?:19|20)\d{2}$/;

// ---- the post's own name, own tool, own minutes ------------------------------------------------

// A name as an office writes its own: "7C", "Harbourlight Lab", "UNDP Kenya", "Code.gov" (a
// capital, or digits then a capital, then up to three more capitalised words).
const SELF_NAME = String.raw`(?:\p{N}{1,4})?\p{Lu}[\p{L}\p{N}&-]{0,30}(?:\.[\p{L}\p{N}]{1,10})?(?:\s{1,3}\p{Lu}[\p{L}\p{N}&-]{0,30}){0,3}`;
// Where a post names itself: "since we launched 7C", "we founded the Harbourlight Lab", "we're
// Harbourlight Lab", "here at UNDP Kenya", "At Harbourlight Lab, we". Group 1 is the name.
export const SELF_NAME_INTRO = lazyRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:[Ww]e|I)\s{1,3}(?:(?:first|originally|officially|proudly)\s{1,3})?(?:launched|founded|co-founded|started|created|set\s+up|formed|opened)\s{1,3}(?:the\s{1,3})?|[Ww]e(?:['’]re|\s{1,3}are)\s{1,3}|(?:[Hh]ere|[Ww]e)\s{1,3}at\s{1,3}(?:the\s{1,3})?|(?<=^|[.!?]\s{1,5})At\s{1,3}(?:the\s{1,3})?(?=${SELF_NAME},?\s{1,3}we\b))(${SELF_NAME})`,
  'gu',
);

// A single word ending in -ing after "we're" is a verb in capitals ("we're Crowdsourcing", "Where We're Going"), not a name.
export const GERUND_ONLY = /^\p{L}{1,30}(?:ing|ING)$/u;

/** Nouns that, after the post's own name, make the figure the post's own: "7C staff", "the Lab's data". */
const SELF_NOUNS = [
  'staff', 'staffers', 'team', 'teams', 'teammates', 'employees', 'colleagues', 'members', 'alumni', 'workforce', 'personnel', 'hires',
  'volunteers', 'trainers', 'engineers', 'designers', 'researchers', 'fellows', 'records', 'data', 'survey', 'surveys', 'analytics',
  'figures', 'numbers', 'research', 'study', 'analysis', 'evaluation', 'monitoring', 'dashboard', 'budget', 'projects', 'programme',
  'program', 'partners', 'departures', 'offices',
] as const;

/**
 * A sentence that speaks of the post's own organisation by its name, as it would with "we" or
 * "our": "7C staff departures", "the Lab's survey", "Harbourlight Lab trained 40 people", "85% of
 * people leaving 7C". `names` are the names the post gives itself (SELF_NAME_INTRO).
 */
export function selfReference(names: readonly string[]): RegExp {
  const name = String.raw`(?<![\p{L}\p{N}_])(?:${names.map((n) => escapeRegExp(n).replace(/\s+/g, String.raw`\s{1,3}`)).join('|')})(?![\p{L}\p{N}_])`;
  return lazyRegExp(
    String.raw`${name}(?:['’]s?)?\s{1,3}(?:${alt(SELF_NOUNS)}|(?:(?:have|has|had|will|would|is|was|are|were|can|could)\s{1,3})?(?:(?:been|now|already|also|currently)\s{1,3})?${alt(ACTIVITY_VERBS)})(?![\p{L}])` +
      String.raw`|(?<![\p{L}])(?:joined|joining|join|leaving|leave|left|at|within|inside|across|throughout)\s{1,3}(?:the\s{1,3})?${name}`,
    'u',
  );
}

// A paragraph that walks the reader through an app, map or page the post presents: the reader told
// to act on an interface ("Just find and tap the state on the map", "Click a county", "you can zoom
// in"), not someone else's clicks ("people clicking the button", "click-through rate"). Its figures
// are what that tool shows.
export const READER_ACTION = /(?:^|[.!?:;(]\s{0,5}|\b(?:and|then|just|simply|or)\s{1,3}|\byou\s{1,3}(?:can\s{1,3}|could\s{1,3}|just\s{1,3}|simply\s{1,3})?)(?:tap|click|double-click|zoom\s+in|zoom\s+out|hover\s+over|swipe|scroll\s+(?:down|up|through)|toggle|drill\s+down)\b(?!-)/iu;
export const INTERFACE_WORD = /\b(?:app|apps|map|maps|chart|charts|graph|graphs|dashboard|tool|screen|menu|tab|drop-?down|button|database|search\s+box|interactive|data\s+explorer|viewer|web\s+page|webpage)\b/iu;

// The title of meeting notes or minutes ("Notes from the community call", "Working group minutes"), not
// release notes that also announce a workshop.
export const MEETING_TITLE = /\b(?<!\b(?:release|patch|version|update|upgrade)\s{1,3})(?:notes|minutes|readout)\b[^\r\n]{0,60}?\b(?:call|calls|meeting|meetings|session|workshop|roundtable|stand-?up|sync|town\s?hall|huddle|working\s+group|steering\s+group|committee)\b|\b(?:call|meeting|session|workshop|stand-?up|sync|working\s+group|committee)\s+(?:notes|minutes)\b/iu;
// A heading that lists who was at a meeting.
export const ATTENDEES_HEADING = /^\s{0,3}(?:attendees|attendance|in\s+attendance|present|participants\s+present)\s{0,3}:?\s{0,3}$/iu;
// An impersonal claim ("it has been shown that"): in minutes, the record of what the meeting found.
export const IMPERSONAL_CLAIM = /^it\s/iu;

// Numbers and words of a paragraph, to skip data listings (benchmark tables, release notes).
export const NUMBER_TOKEN = /\d+(?:[.,:]\d+)*/g;
export const WORD_TOKEN = /[\p{L}]{2,}/gu;

// ---- opinion presented as fact ---------------------------------------------------------------

// The author's opinion, or wording that presents an opinion as settled fact.
export const OPINION = /\b(?:I\s+(?:really\s+|honestly\s+|personally\s+|strongly\s+|truly\s+|just\s+|do\s+)?(?:think|believe|reckon|feel\s+(?:that|like)|am\s+(?:sure|convinced|certain|positive)|suspect|bet)|I['’]m\s+(?:sure|convinced|certain|positive)|in\s+my\s+(?:humble\s+|personal\s+|honest\s+)?(?:opinion|view)|personally\s*,|IMO|IMHO|my\s+(?:personal\s+|honest\s+)?(?:opinion|view|take|feeling|gut\s+feeling)\s+is|if\s+you\s+ask\s+me|everyone\s+knows|everybody\s+knows|the\s+truth\s+is|there\s+is\s+no\s+doubt|there['’]s\s+no\s+doubt|no\s+doubt\s+about\s+it|it['’]s\s+obvious\s+that|it\s+is\s+obvious\s+that|obviously\s*,)/giu;

// Words one of which every OPINION match holds as a whole word ("I", "my", "truth", "no" of "no
// doubt"...): a segment with none of them is skipped. "IMO" and "IMHO" may start a longer word, so
// they have a prefilter of their own.
export const OPINION_KEYS: ReadonlySet<string> = new Set(['i', 'my', 'personally', 'ask', 'everyone', 'everybody', 'truth', 'no', 'obvious', 'obviously']);
export const IMO_PREFILTER = /\bIMH?O/i;

// "I believe in", "I feel proud": a belief in something or a feeling, not a claim of fact.
export const BELIEF_IN = /^\s{0,3}(?:in|that\s+I|it['’]?s\s+(?:important|worth|time|a\s+privilege|an\s+honou?r))\b/iu;

export const TOPIC = phrases(CONTESTED_TOPICS, 'iu');
// An adverb may stand inside a predicate: "are completely wrong", "is probably over".
const PREDICATE_ADVERB = String.raw`(?:(?:completely|totally|clearly|simply|definitely|probably|really|actually|absolutely|just|all|still|already|far|much|way|very|so|entirely|obviously|surely|certainly)\s+)?`;
export const PREDICATE = lazyRegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${altNow(FACT_PREDICATES).replace(/\b(is|are|was|were)\\s\+/g, `$1\\s+${PREDICATE_ADVERB}`)}|(?:is|are|was|were)\s+(?:around|about|over|nearly|almost|at\s+least|closer\s+to|more\s+like|really|actually)\s{1,3}\d)(?![\p{L}\p{N}_])`,
  'iu',
);

// ---- content not read ------------------------------------------------------------------------

// Saying the shared content was not read or watched: "haven't read it yet", "didn't watch the
// whole thing", "without reading it", "only read the headline". Who says it is checked in code.
/** Words any UNREAD match holds (its verbs, `without`, `unread`): a paragraph without one is skipped. */
export const UNREAD_KEYS: ReadonlySet<string> = new Set(['read', 'watched', 'watch', 'listened', 'looked', 'finished', 'opened', 'clicked', 'without', 'skimmed', 'saw', 'unread']);
export const UNREAD = /\b(?:(?:haven['’]?t|have\s+not|hadn['’]?t|didn['’]?t|did\s+not|not|never)\s+(?:yet\s+)?(?:actually\s+|fully\s+|properly\s+|even\s+|really\s+|got\s+round\s+to\s+|gotten\s+around\s+to\s+|(?:have|had|get|got|find|found)\s+(?:the\s+|a\s+)?(?:time|chance)\s+to\s+){0,2}(?:read|watched|watch|listened\s+to|looked\s+at|finished\s+(?:reading|watching)|opened|clicked\s+on)\s+(?:it|this|them|these|the\s+(?:whole|full|entire)\s+[\p{L}-]{2,20}|the\s+[\p{L}-]{2,20}|all\s+of\s+it|through|yet|myself)|without\s+(?:having\s+)?(?:read(?:ing)?|watch(?:ed|ing)|open(?:ed|ing))\s+(?:it|this|them|the\s+[\p{L}-]{2,20})|(?:only|just)\s+(?:read|skimmed|saw)\s+the\s+(?:headline|title|abstract|summary|first\s+(?:paragraph|line|page))|sharing\s+(?:it|this)\s+unread|(?:sharing|posting|retweeting|reposting|resharing)\s+(?:(?:it|this|these|them)\s+)?without\s+(?:having\s+)?(?:read(?:ing)?|watch(?:ed|ing)|open(?:ed|ing))(?:\s+it)?)\b/giu;
// Who has not read it: the author ("I haven't", "we didn't"), or nobody named at the start of a
// sentence ("Haven't read it yet, but").
export const UNREAD_SUBJECT = /(?:^|[.!?:;—–(]\s{0,3}|\b(?:but|and|though|although|honestly|admittedly|confession)\s{0,3},?\s{0,3}|\b(?:I|we|I['’]ve|we['’]ve|I['’]d|we['’]d)(?:\s+(?:have|had|do|did|still|honestly|actually|admittedly|even|yet|just)){0,2}\s{1,3})$/iu;
// "without reading it" and "only read the headline" need the author in the sentence.
// An UNREAD match that starts with a negation, whose subject must be the author.
export const NEGATED_START = /^(?:haven|have|hadn|didn|did|not|never|sharing|posting|retweeting|reposting|resharing)/i;
export const AUTHOR_IN_SENTENCE = /\b(?:I|we|I['’]m|we['’]re|I['’]ve|we['’]ve|I['’]ll|we['’]ll|my|our)\b/u;

export const SHARE = phrases(SHARE_WORDS, 'iu');

// ---- uncredited media ------------------------------------------------------------------------

const MEDIA = alt(MEDIA_NOUNS);
const PLATFORM = alt(MEDIA_PLATFORMS);

// Media the author found rather than made: "found this photo on Facebook", "a picture someone
// posted on Twitter", "Image: Google", "photographer unknown", "not my photo".
export const FOUND_MEDIA = lazyRegExp(
  String.raw`\b(?:(?:found|saw|spotted|came\s+across|grabbed|borrowed|pulled|downloaded|copied|stole|saved|lifted|nicked|got)\s+(?:this|these|the|a|an|some|one|two|three|several|a\s+few|lots\s+of)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}?${MEDIA}\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,3}?(?:on|from|off|via|in)\s{1,3}(?:someone['’]s\s+)?${PLATFORM}` +
    String.raw`|${MEDIA}\s{1,3}(?:that\s+|which\s+)?(?:I|we|someone|somebody|a\s+friend|a\s+colleague|people|a\s+stranger)\s{1,3}(?:found|saw|spotted|came\s+across|grabbed|downloaded|copied|posted|shared|sent\s+me|forwarded)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}?(?:on|from|off|via|in)\s{1,3}${PLATFORM}` +
    String.raw`|not\s+(?:my|mine|our)\s+(?:own\s+)?${MEDIA}|${MEDIA}\s+(?:is|are)\s+not\s+(?:mine|my\s+own|ours)` +
    String.raw`|(?:source|photographer|artist|author|creator|credit|owner|origin)\s{0,3}(?::\s{0,3})?(?:unknown|not\s+known|n/a)` +
    String.raw`|(?:don['’]?t|do\s+not|didn['’]?t|did\s+not)\s+know\s+who\s+(?:took|made|drew|shot|created|painted|owns|filmed)|no\s+idea\s+who\s+(?:took|made|drew|shot|created|filmed)` +
    String.raw`|(?:all\s+)?credits?\s+(?:goes\s+|go\s+)?to\s+(?:the\s+)?(?:original|rightful)\s+(?:owners?|creators?|artists?|photographers?|authors?)` +
    String.raw`|(?:found|saw|spotted|got)\s+(?:this|it)\s+(?:on|from|off|via)\s{1,3}${PLATFORM}|(?:someone|somebody|a\s+friend|a\s+colleague)\s+(?:sent|forwarded|shared|whatsapped)\s+(?:me\s+|us\s+)?(?:this|these|it)(?:\s{1,3}${MEDIA})?)(?![\p{L}])`,
  'giu',
);

// Cheap prefilters: a word that every FOUND_MEDIA alternative needs, and a platform name.
export const FOUND_MEDIA_PREFILTER = /found|saw|spotted|came\s+across|grabbed|borrowed|pulled|download|copied|stole|saved|lifted|nicked|got|not\s+(?:my|mine|our)|unknown|not\s+known|n\/a|know\s+who|idea\s+who|original|rightful|sent|forwarded|shared|whatsapped|posted/i;
export const PLATFORM_PREFILTER = /internet|web|\bnet\b|online|google|twitter|facebook|\bfb\b|instagram|insta|whatsapp|telegram|tiktok|pinterest|reddit|linkedin|youtube|flickr|tumblr|imgur|social\s+media|group|website|blog|forum|feed|timeline|\bX\b/i;

// A credit: "Photo: Amina Yusuf/UNICEF", "© UNHCR", "Courtesy of ...", "CC BY 2.0", "with permission".
export const CREDIT =
  /(?:©|\([cC]\)\s|\b(?:[Pp]hoto|[Pp]icture|[Ii]mage|[Vv]ideo|[Ii]llustration|[Mm]ap|[Gg]raphic|[Ff]ootage|[Dd]rawing|[Aa]rtwork|PHOTO)s?\s{0,3}(?:by|:|credits?\s{0,2}:?|courtesy(?:\s+of)?|from|via|taken\s+by|shot\s+by)\s{0,3}(?:@\w|[\p{Lu}]|the\s+[\p{Lu}])|\b(?:[Cc]redits?|[Cc]ourtesy\s+of|[Ss]ource|[Pp]hotographer)\s{0,3}:?\s{0,3}(?:@\w|[\p{Lu}])|\b(?:[Vv]ia|[Bb]y)\s+@\w|\bCC[- ]BY|\bCC0\b|[Cc]reative\s+[Cc]ommons|[Pp]ublic\s+[Dd]omain|\bused\s+with\s+(?:kind\s+)?permission|\breproduced\s+with\s+permission|\bwith\s+(?:her|his|their|the\s+\w{2,20}['’]s)\s+(?:kind\s+)?permission|\bshared\s+with\s+permission)/gu;

// A caption line that names only a platform as the source: "Photo: Google Images", "Image via
// Facebook". Anchored at the start of a paragraph, a line or an alt text.
export const CAPTION_SOURCE = lazyRegExp(
  String.raw`(?:^|[\r\n])[\s*_]{0,20}(?:${MEDIA}|credits?|source)\s{0,3}(?::|from|via|off|—|–|-)\s{0,3}(?:the\s+)?${PLATFORM}(?![\p{L}])`,
  'giu',
);

// Found-media wording that names no medium ("found this on Twitter", "someone sent me this").
export const NO_MEDIUM = /^(?:found|saw|spotted|got|someone|somebody|a\s+friend|a\s+colleague)\b/iu;
export const NAMES_MEDIUM = lazyRegExp(String.raw`(?<![\p{L}])${MEDIA}(?![\p{L}])`, 'iu');

// What follows a credit word when the "credit" names only a platform ("Source: Google Images").
export const PLATFORM_ONLY = lazyRegExp(String.raw`^\s{0,3}(?:the\s+)?${PLATFORM}(?![\p{L}])`, 'iu');

// ---- quotations ------------------------------------------------------------------------------

// A paragraph that opens with a quotation mark.
export const QUOTE_OPEN = /^\s{0,20}["“«„‘]/u;
// ... and closes with one (then at most a full stop).
export const QUOTE_CLOSE = /["”»“’]\s{0,3}[.!?]?\s{0,20}$/u;
// Words that attribute a quotation to someone or something.
export const ATTRIBUTION = lazyRegExp(
  String.raw`\b(?:said|says|say|wrote|writes|write|told|tells|asked|asks|explained|explains|recalled|recalls|added|adds|noted|notes|remarked|remarks|stated|states|declared|declares|tweeted|posted|replied|answered|insisted|argued|argues|commented|observed|observes|shared|shares|puts\s+it|put\s+it|in\s+the\s+words\s+of|quoted|quote|quoting|attributed\s+to|according\s+to|proverb|saying|motto|slogan|adage|adages|cliché|clichés|cliche|cliches|mantra|maxim|quotes|quotations|citation|interviewee|interviewees|interviewed|interrogée|interrogé|interrogées|lettres|letters|wrote\s+to\s+us|describes|described|remind|reminds|reminded|points\s+out|pointed\s+out|admits|admitted|acknowledges|acknowledged|concedes|conceded|agreed|agrees|suggests|suggested|concludes|concluded|continues|continued|believes|believed|reflects|reflected|emphasi[sz]es|emphasi[sz]ed|stresses|stressed|highlights|highlighted|once\s+said|sums\s+it\s+up|summed\s+it\s+up|recounts|recounted|warned|warns|urged|urges|advises|advised|famously|comment|comments|commenting|feedback|respondents?|mentioned|heard|dit|a\s+dit|explique|affirme|souligne|déclare|selon|entendu|entendue|raconte|témoigne|confie` +
    // A source named as a document: "from her speech", "in the 2023 report", "UNICEF's statement".
    String.raw`|(?:from|in|of)\s{1,3}(?:the|her|his|their|a|an|this|that|its|our|my)\s{1,3}(?:[\p{L}\p{N}-]{1,20}\s{1,3})?(?:speech|statement|letter|interview|message|email|e-mail|tweet|post|article|book|poem|song|report|testimony|address|remarks|foreword|keynote|essay|blog|survey|study|guidance|recommendation)s?` +
    String.raw`|['’]s\s{1,3}(?:[\p{L}-]{1,20}\s{1,3})?(?:speech|statement|letter|interview|message|email|tweet|post|article|book|poem|song|report|testimony|address|remarks|foreword|keynote|essay|blog|words|recommendation))\b`,
  'iu',
);
// A dash or tilde signature before a name: "— Amina Yusuf", "~ Hafsa", "-- the nurse".
export const DASH_NAME = /(?:[—–―~]|--?)\s{0,8}(?:[\p{Lu}@]|the\s+[\p{L}])/u;
// A name in parentheses that closes a quotation: "(Amina, 34)".
export const PAREN_NAME = /\(\s{0,3}[\p{Lu}][^()\r\n]{1,80}\)\s{0,3}[.]?\s{0,20}$/u;
// Between two blockquote segments of one quotation (or one series of quotations): lines that
// start with `>` or are blank; a line of other text ends the series.
// A lone `\r` must not be followed by `\n`, or `\r\n` could split two ways (polynomial backtracking).
export const QUOTE_GAP = /^[^\r\n]{0,200}(?:(?:\r\n|\n|\r(?!\n))(?:[ \t]{0,12}>[^\r\n]{0,200}|[ \t]{0,40})){0,40}$/u;
// A question that ends the text: an interview question, not a quotation.
export const ENDS_WITH_QUESTION = /\?["”»’]?\s{0,20}$/u;
// Markup that cites a source: `<cite>`, `<footer>` in a blockquote, a footnote reference.
export const CITE_MARKUP = /<cite\b|<footer\b|<figcaption\b|\[\^/i;
// A paragraph that starts with a dash signature: "— Amina, nurse".
export const LEADING_DASH = /^\s{0,20}(?:[—–―~]|--?)\s{0,3}\S/u;
// Inside a quotation: a closing mark followed by more prose, so the paragraph is not one quotation.
export const INNER_CLOSE_THEN_TEXT = /["”»]\s{0,3}[\p{L}]/u;
// Everything but letters and digits, to compare quotations with the post's own text.
export const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
// A segment with some words in it; the words of a headline.
export const HAS_LETTER = /\p{L}/u;

// A quotation that holds a whole sentence: it ends with . ! or ? just inside the closing mark.
export const SENTENCE_INSIDE_QUOTE = /[.!?]\s{0,3}["”»’]\s{0,3}[.!?]?\s{0,20}$/u;
// Quotation marks anywhere: a paragraph in a dialogue, or one that introduces the quote itself.
export const HAS_QUOTE_MARK = /["“”«»„]/u;
// A closing quotation mark followed by a name: "«...» Yaprak Baltacıoğlu, secretary".
export const QUOTE_THEN_NAME = /["”»]\s{0,30}[\p{Lu}][\p{L}'’-]{1,30}\s{1,3}[\p{Lu}]/u;
// An introduction to sample wording, not to someone's words: "An example is:", "a simple formula:".
export const EXAMPLE_INTRO = /\b(?:example|examples|for\s+instance|e\.g\.|something\s+like|such\s+as|template|formula|format|sample|like\s+this|placeholder|suggestion|suggestions|solution|solutions|message|messages|error|warning|prompt|output|label|wording|script|response)\b/iu;
// A paragraph that introduces a person by name before their quotation: "Amina Yusuf is the head nurse."
export const PERSON_INTRO = /^\s{0,10}[\p{Lu}][\p{L}'’-]{1,30}(?:\s{1,3}(?:van|von|de|da|del|der|di|le|la|al|el|bin|ibn|[\p{Lu}][\p{L}'’.-]{0,30})){1,4}\s{1,3}(?:is|was|has|had|leads|led|works|worked|joined|manages|managed|runs|ran|heads|headed|coordinates|teaches|volunteers)\b/u;
// A heading that names who is quoted: "Tip from Dan, product lead", "Words by Amina".
export const FROM_NAME = /\b(?:from|by)\s{1,3}[\p{Lu}]/u;
// An introduction that ends with a colon: "Here is what she told me:".
export const ENDS_WITH_COLON = /:\s{0,20}$/u;

// ---- anonymous posts ---------------------------------------------------------------------------

// Wording about the UN system's work that makes a post UN-related even without an agency name.
export const UN_WORK = /\b(?:United\s+Nations|Sustainable\s+Development\s+Goals|SDGs?\s{0,3}\d{0,2}|peacekeep(?:ing|ers?)|blue\s+helmets|Security\s+Council|General\s+Assembly|Secretary-General|Resident\s+Coordinator|UN\s+Country\s+Team|humanitarian\s+coordinator|duty\s+station|UN\s+(?:staff|agencies|agency|system|family|mission|House|compound))\b/u;

/**
 * The organisation's names from settings as one case-sensitive pattern ("WHO" the agency, not
 * "who" the pronoun); names are escaped, so the pattern is a plain alternation.
 */
export function orgNamesPattern(names: readonly string[]): RegExp {
  const parts = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return /(?!)/gu;
  return lazyRegExp(String.raw`(?<![\p{L}\p{N}_])(?:${parts.join('|')})(?![\p{L}\p{N}_])`, 'gu');
}

export const ORG_NAMES_DEFAULT = orgNamesPattern(UN_SYSTEM_NAMES);

// ---- stale data --------------------------------------------------------------------------------

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

// Figures dated by a year: "as of 2015", "2019 figures", "data from 2016", "latest figures (2017)".
export const STALE_MARKER = lazyRegExp(
  String.raw`\b(?:as\s+(?:of|at)\s+(?:(?:early|mid|late|the\s+end\s+of|end)[\s-]{1,3})?(?:${MONTH}\s{1,3}(?:\d{1,2},?\s{1,3})?)?${YEAR}` +
    String.raw`|${YEAR}\s{1,3}(?:figures|data|statistics|stats|numbers|estimates|projections|rates?)` +
    String.raw`|(?:figures|data|statistics|stats|numbers|estimates)\s{1,3}(?:from|for|of|dating\s+(?:from|back\s+to)|as\s+of)\s{1,3}${YEAR}` +
    String.raw`|(?:latest|most\s+recent|current|up-to-date|newest)\s{1,3}(?:available\s+)?(?:figures|data|statistics|stats|numbers|estimates)\b[^.!?\r\n]{0,40}?\b${YEAR}` +
    String.raw`|(?:last|this|previous)\s+year['’]s\s+(?:figures|data|statistics|stats|numbers|estimates)(?:[^.!?\r\n]{0,30}?\b${YEAR})?)\b`,
  'giu',
);

// Words one of which every STALE_MARKER match holds as a whole word.
export const STALE_KEYS: ReadonlySet<string> = new Set(['as', 'figures', 'data', 'statistics', 'stats', 'numbers', 'estimates', 'projections', 'rate', 'rates']);

// The marker of relative dated figures, without the year that may follow it.
export const RELATIVE_HEAD = /^(?:last|this|previous)\s+year['’]s\s+(?:figures|data|statistics|stats|numbers|estimates)/iu;

// A date in the text: "12 March 2024", "March 12, 2024", "2024-03-12", "Updated: May 2024".
export const TEXT_DATE = lazyRegExp(
  String.raw`\b(?:\d{1,2}\s{1,3}${MONTH}\s{1,3}${YEAR}|${MONTH}\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}${YEAR}|${YEAR}-[01]\d-[0-3]\d|(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ww]ritten|[Ll]ast\s+updated)\s{0,3}(?:on|:|in)?\s{0,3}(?:${MONTH}\s{1,3})?${YEAR})\b`,
  'gu',
);

// A figure stated in a sentence (after its dates are removed): a number that is not a year, a
// percentage or a scale word.
export const STATED_FIGURE = /(?<![\p{L}\p{N}])(?!(?:19|20)\d{2}(?!\d))\d[\d,.]{0,15}|%|\b(?:million|billion|thousand|hundreds|thousands|millions|percent|per\s+cent|half|one[- ]third|two[- ]thirds|a\s+third|a\s+quarter)\b/iu;
// Present tense: old figures stated as if they were current ("As of 2015, there are 300 teachers").
export const PRESENT_TENSE = /\b(?:is|are|has|have|remains?|stands?|lives?|lacks?|needs?|faces?|counts?|hosts?|serves?|totals?)\b|\b(?:it|there|that|who|what)['’]s\b|['’]re\b/iu;
// Past tense: a dated figure told as history ("As of 2015, there were 300 teachers").
export const PAST_MARKER = /\b(?:was|were|had|did|used\s+to)\b|\b[\p{L}]{3,40}ed\b/iu; // bounded: `\b` (ASCII) starts inside a word of other letters, each start rescanned it
// Words that place a dated figure in a comparison with now.
export const NOW_WORDS = /\b(?:today|now|currently|at\s+present|these\s+days|this\s+year)\b/iu;
// Past tense in a sentence with NOW_WORDS: the dated figure is history ("as of 2015 it had 40; today 300").
export const PAST_TENSE = /\b(?:had|was|were)\b/iu;

// A date at the start of a file name: `2016-05-19-my-post.md`.
export const FILE_DATE = /(?:^|[\\/])((?:19|20)\d{2})-[01]\d-[0-3]\d[-_]/;

// Cheap prefilter: a year or "year's" somewhere (in any case, as STALE_MARKER matches "Last Year's").
export const YEAR_MENTION = /(?:19|20)\d{2}|year['’]s/i;

// A year anywhere in a front-matter date value.
export const ANY_YEAR = /\b((?:19|20)\d{2})\b/g;

// Small helpers: letters that are not letters / not capitals (to measure shouting), trailing commas
// and spaces of a match, line breaks inside a sentence.
export const NOT_LETTER = /[^\p{L}]/gu;
export const NOT_CAPITAL = /[^\p{Lu}]/gu;
export const TRAILING_COMMA_SPACE = /[\s,]{1,40}$/; // bounded: `+$` rescans a long run from each character
export const LINE_BREAKS = /[\r\n]+/g;

export const patterns: Record<string, RegExp> = {
  NOT_LETTER, NOT_CAPITAL, TRAILING_COMMA_SPACE, LINE_BREAKS,
  ...documentLevelPatterns,
  HEARSAY, HEARD_THAT, PEOPLE_SAYING, HEARSAY_ADVERB, ADVERB_AT_END, WORD_IS, PERCENT, COUNT, RATE, CLAIM, FIGURE_PREFILTER, COUNT_PREFILTER, RATE_PREFILTER, PERCENT_PREFILTER, CITATION, FOOTNOTE,
  SOURCE_LINE, SPEECH, OWN_ACTIVITY, OWN_DATA, WORLD_SCOPE_WORDS, PERCENT_OF_EFFORT, RESULTS_TITLE, BROKEN_LINK, PARA_SPEECH, HYPOTHETICAL, SERVICE_BEFORE, ENGAGEMENT_AFTER, ENDS_LIKE_SENTENCE, COUNT_STATE, COUNT_HARM, COUNT_RATE, POPULATION_VERB_END, WHOLE_POPULATION, STAT_CONTEXT, YEAR_ONLY, NUMBER_TOKEN, WORD_TOKEN, OPINION, IMO_PREFILTER, BELIEF_IN, TOPIC, PREDICATE, UNREAD,
  SHARE, FOUND_MEDIA, CAPTION_SOURCE, FOUND_MEDIA_PREFILTER, PLATFORM_PREFILTER, NO_MEDIUM, NAMES_MEDIUM, CREDIT, HEARD_WHEN, SENTENCE_LEAD, AUXILIARY_BEFORE, PARTICIPLE_AFTER, PAREN_BEFORE, PAREN_AFTER, UNREAD_SUBJECT, NEGATED_START, AUTHOR_IN_SENTENCE, PLATFORM_ONLY, QUOTE_OPEN, QUOTE_CLOSE, ATTRIBUTION, DASH_NAME, PAREN_NAME, ENDS_WITH_COLON, QUOTE_GAP, ENDS_WITH_QUESTION, NOT_LETTER_OR_DIGIT, HAS_LETTER, CITE_MARKUP, LEADING_DASH, INNER_CLOSE_THEN_TEXT, SENTENCE_INSIDE_QUOTE, HAS_QUOTE_MARK, QUOTE_THEN_NAME, FROM_NAME, EXAMPLE_INTRO, PERSON_INTRO,
  SELF_NAME_INTRO, GERUND_ONLY, SELF_REFERENCE_EXAMPLE: selfReference(['Example Office', '7C']), READER_ACTION, INTERFACE_WORD, MEETING_TITLE, ATTENDEES_HEADING, IMPERSONAL_CLAIM,
  UN_WORK, ORG_NAMES_DEFAULT, STALE_MARKER, RELATIVE_HEAD, TEXT_DATE, YEAR_MENTION, STATED_FIGURE, PRESENT_TENSE, PAST_MARKER, NOW_WORDS, PAST_TENSE, FILE_DATE, ANY_YEAR,
};
