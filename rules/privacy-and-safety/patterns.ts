/**
 * Every regular expression of `privacy-and-safety` that runs on user text, compiled once at load.
 * All are linear: bounded repetition, no nested quantifiers over the same characters. Patterns
 * with the `g` flag are for scanning (`matchProse`/`matchText`); the others are for `.test()`.
 * `patterns` lists them all for the ReDoS test.
 */
import { deferredPerList, lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { deferredPhraseAlternation, escapeRegExp, phraseEntries, phraseRegExp, trieSource } from '../../src/rule-kit/index.js';
import { asciiFirst } from '../../src/rule-kit/ascii-first.js';
import * as W from './words.js';

/** A word list as a non-global, case-insensitive test pattern with word boundaries. */
const test = (list: readonly string[]): RegExp => phraseRegExp(list, 'iu');
/** Alternation source of a word list (escaped, longest first, spaces as `\s+`), for embedding. */
const alt = deferredPhraseAlternation;

/** A word list where each word may start with a capital or not (`[Rr]ue|[Cc]alle`), for case-sensitive patterns. */
const capAlt = deferredPerList((list) =>
  trieSource(
    phraseEntries(list, (w) => {
      const c = w.charAt(0);
      const first = c.toUpperCase() !== c.toLowerCase() ? `[${c.toUpperCase()}${c.toLowerCase()}]` : escapeRegExp(c);
      return [first, escapeRegExp(w.slice(1))];
    }),
  ),
);
// Unicode word boundaries as lookarounds (`\b` is ASCII-only).
const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

// ---------------------------------------------------------------- phones

/**
 * A phone-number candidate: optional `+`/`00`, then digits with spaces, dashes, dots, slashes or
 * parentheses between them, 7 to 24 characters. One character class under one bounded quantifier,
 * so each start position costs at most 24 steps. Validation is libphonenumber's job.
 */
export const PHONE_CANDIDATE = asciiFirst(/(?<![\p{L}\p{N}_+.,/-])(?:\+|00)?\(?\d[\d \u00a0().\/-]{5,22}\d(?![\p{L}\p{N}_]|[.,]\d)/gu);
/** Cheap test that a segment may hold a phone number: three digits close together. */
export const PHONE_PREFILTER = /\d[ \u00a0().\/-]{0,2}\d[ \u00a0().\/-]{0,2}\d/;
/** A JSON-style key right before a number (`"phone": "2025551313"`, masked HTML between): an example of data, not a contact. */
export const JSON_KEY_BEFORE = /(?:["“”']|&#822[01];|&quot;)\s{0,80}:\s{0,80}(?:["“”']|&#822[01];|&quot;)?\s{0,2}$/u;
/** A job title right before a number (`contact the Training Officer at`): an office line, not a person's. */
export const ROLE_TITLE_BEFORE = /\b[A-Z][\p{L}-]{1,20}[ \u00a0]{1,3}(?:Officer|Coordinator|Manager|Director|Desk|Unit|Team|Section|Division|Branch|Office|Centre|Center|Focal[ \u00a0]Point)['’]?s?[ \u00a0]{1,3}(?:at|on|:)[ \u00a0]{0,3}$/u;
/** Labels before a number that make it something other than a phone (ISBN, version, order...). */
export const PHONE_NEAR_MISS_LABEL = lazyRegExp(
  `${B}(?:isbn(?:-1[03])?|issn|doi|version|ver|release|build|order|invoice|ref|reference|ticket|case|tracking|serial|model|part|item|sku|patent|grant|contract|receipt|transaction|account|acct|a\\/c|iban|swift|passport|licen[cs]e|registration|batch|lot|docket|resolution|decision|article|section|page|pp|chapter|report|cve|rfc|pr|issue|commit|budget|population|id|nr|barcode|ean|upc|coordinates|gps|lat|long|latitude|longitude|card|pin|otp|code|zip|postcode|postal code|p\\.?\\s*o\\.?\\s*box|box|index|ratio|score|odds|between|from)${E}[^\\p{L}\\p{N}]{0,6}(?:(?:no|nr|number|num|#)\\.?[^\\p{L}\\p{N}]{0,4})?$`,
  'iu',
);
/** A unit, currency or count right after a number: a statistic, not a phone. */
export const PHONE_UNIT_AFTER = /^[ \u00a0]{0,2}(?:%|percent|per\s+cent|people|persons|individuals|refugees|children|women|men|households|families|km|kms|kilomet(?:er|re)s?|miles|m|kg|kgs|tonnes|tons|mt|usd|us\$|dollars|eur|euros|chf|gbp|kes|ksh|shillings|francs|hectares|ha|acres|doses|cases|deaths|votes|views|downloads|users|visitors|followers|signatures|words|pages|bytes|kb|mb|gb|tb|ms|seconds|minutes|hours|days|weeks|months|years|times|x|\+)(?![\p{L}\p{N}])/iu;
/** A currency sign or code right before a number. */
export const PHONE_CURRENCY_BEFORE = /(?:[$€£¥₹₦₵]|\b(?:usd|eur|chf|gbp|kes|ksh|ugx|tzs|ngn|inr|rs|us\$)\.?)[ \u00a0]{0,2}$/iu;
/** A whole candidate that is a date (`2024-05-12`, `12/05/2024`, `12.05.24`). */
export const DATE_SHAPE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))$/;
/** A year range or a list of years (`2019-2023`, `1990 2000 2010`). */
export const YEAR_LIST = /^(?:1[89]|20)\d{2}(?:[ \u00a0]{0,3}[-–/][ \u00a0]{0,3}(?:(?:1[89]|20)\d{2}|\d{2})|(?:[ \u00a0]{1,3}(?:1[89]|20)\d{2}){1,8})$/;
/** Numbers grouped in thousands (`1,234,567` or `1 234 567`): statistics. */
export const THOUSANDS = /^\d{1,3}(?:[, \u00a0]\d{3}){2,5}$/;
/** Dots only between the groups, no leading zero: a version or a section number. */
export const DOTTED_VERSION = /^[1-9]\d{0,3}(?:\.\d{1,6}){1,5}$/;
/** A candidate that starts with a version (`12.17.0 (2020`), a date (`2021-01-04 15`) or a file path (`2016/03/250`). */
export const DATE_OR_PATH_PREFIX = /^\(?(?:[1-9]\d{0,2}\.\d{1,3}\.\d|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|(?:19|20)\d{2}\/\d{1,2}\/)/;
/** A clock time right after a candidate (`... 15:00`). */
export const TIME_AFTER = /^[:.]\d{2}/;
/** Characters stripped around a candidate before shape tests. */
export const CANDIDATE_EDGES = /^[ \u00a0)\/-]{1,40}|[ \u00a0(.\/-]{1,40}$/g; // bounded: `+$` rescans a long run from each character
/** Separators between the digit groups of a candidate. */
export const GROUP_SEPARATORS = /[ \u00a0().\/-]+/;
/** Two numbers side by side in one candidate (`0712 345 678 / 0733 456 789`). */
export const CANDIDATE_SPLIT = /[ \u00a0]{0,3}\/[ \u00a0]{0,3}|[ \u00a0]{2,}/g;
/** A time range (`09:00-17:00`, `9.30 - 10.45`). */
export const TIME_RANGE = /^\d{1,2}[:.]\d{2}[ \u00a0]{0,3}[-–][ \u00a0]{0,3}\d{1,2}[:.]\d{2}$/;
/** Phone links: `tel:`, `sms:`, WhatsApp click-to-chat. Group 1 is the number. */
export const PHONE_LINK = /^(?:tel:|sms:|callto:|https?:\/\/(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?phone=|(?:www\.)?whatsapp\.com\/send\/?\?phone=))([+\d][\d ().%-]{5,30})/i;

export const OFFICIAL_CONTACT = test(W.OFFICIAL_CONTACT_WORDS);
export const PERSONAL_CONTACT = test(W.PERSONAL_CONTACT_WORDS);
export const PHONE_CONTEXT = test(W.PHONE_CONTEXT_WORDS);
/** Emoji and symbols people put before a phone number. */
export const PHONE_SYMBOL = /[☎📞📱]|\b(?:ph|mob|cel|tel|whatsapp|wa)\s*[.:]/iu;

// ---------------------------------------------------------------- e-mail

/**
 * An e-mail address. Local part up to 64 characters; domain labels of up to 63 characters that
 * cannot contain a dot, separated by dots, so the repetition is unambiguous.
 */
export const EMAIL = /(?<![\p{L}\p{N}._%+@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![\p{L}\p{N}_-]|\.[A-Za-z0-9])/gu;
/**
 * An address written to dodge harvesters: `amina.k [at] gmail [dot] com`, `amina(at)gmail.com`.
 * The `at` must be in brackets; the dots may be `[dot]` or `.`. Groups 1-3: local part, domain, rest.
 */
export const EMAIL_OBFUSCATED = /(?<![\p{L}\p{N}._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})[ \u00a0]?[[({][ \u00a0]?(?:at|AT)[ \u00a0]?[\])}][ \u00a0]?([A-Za-z0-9][A-Za-z0-9-]{0,62})((?:[ \u00a0]?(?:[[({][ \u00a0]?(?:dot|DOT)[ \u00a0]?[\])}]|\.)[ \u00a0]?[A-Za-z]{2,24}){1,4})(?![\p{L}\p{N}_])/gu;
/** A bracketed `at` (a cheap test before `EMAIL_OBFUSCATED`). */
export const BRACKETED_AT = /[[({][ \u00a0]?(?:at|AT)[ \u00a0]?[\])}]/;
/** `[dot]` and friends inside an obfuscated address, global. */
export const OBFUSCATED_DOT = /[ \u00a0]?(?:[[({][ \u00a0]?(?:dot|DOT)[ \u00a0]?[\])}]|\.)[ \u00a0]?/g;
/** Government, military and intergovernmental domains (`.gov`, `go.ke`, `gouv.fr`, `.int`, `europa.eu`). */
export const INSTITUTIONAL_DOMAIN = /(?:^|\.)(?:gov|mil|int)$|(?:^|\.)(?:gov|gouv|gob|go|govt|gv|gc|mil)\.[a-z]{2}$|(?:^|\.)(?:europa\.eu|canada\.ca|gc\.ca|service\.gov\.uk|nhs\.uk|admin\.ch)$/i;
/** Free e-mail and internet providers (`gmail.com`, `yahoo.co.uk`, `orange.fr`): an address there is a person's own. */
export const FREE_MAIL_DOMAIN = lazyRegExp(`(?:^|\\.)(?:${alt(W.FREE_MAIL_PROVIDERS)})\\.(?:[a-z]{2,3})(?:\\.[a-z]{2})?$`, 'i');
/** The address in a `mailto:` URL (group 1), up to a query or fragment. */
export const MAILTO_ADDRESS = /^mailto:([^?#\s]{3,254})/i;
export const ROLE_MAILBOX = lazyRegExp(`^(?:${alt(W.ROLE_MAILBOXES)})$`, 'i');

// ---------------------------------------------------------------- addresses

const NAME_WORD = "(?:[A-Z\\u00C0-\\u00DE][\\p{L}'’.-]{0,24}|\\d{1,3}(?:st|nd|rd|th))";
/** A name word without dots, where a dot would end the sentence. */
const PLAIN_NAME = "(?:[A-Z\\u00C0-\\u00DE][\\p{L}'’-]{0,24}(?:-\\d{1,3})?)";
const STREET_TYPE = `(?:${W.STREET_TYPES.join('|')})\\.?`;
/**
 * House number, one to four capitalised name words, a street type, optional direction:
 * `14 Kenyatta Avenue`, `221B Baker Street`, `405 East 42nd Street`, `1800 F St NW`.
 * Words and separators are disjoint character sets, so the bounded repetition is linear.
 */
export const NUMBER_STREET = lazyRegExp(
  `(?<![\\p{L}\\p{N}_:.,/-])\\d{1,5}[A-Za-z]?(?:[-/]\\d{1,4})?,?[ \\u00a0]{1,3}(?:${NAME_WORD}[ \\u00a0]{1,3}){1,4}${STREET_TYPE}(?:[ \\u00a0]{1,3}(?:NW|NE|SW|SE|N|S|E|W)\\.?)?${E}`,
  'gu',
);
const STREET_BEFORE = `(?:${capAlt(W.STREET_WORDS_BEFORE)}|${W.STREET_WORDS_CAPITAL_ONLY.join('|')})`;
/**
 * `street Khreshchatyk 22`, `str. Mihai Eminescu 12`, `ul. Nowy Swiat 15`: the street word first, as in the
 * writer's own language. Lowercase `street` only (`Wall Street Journal 2024` is a name), never before a
 * day or a month (`crossed the street Friday 12 May`), and the abbreviations only with their dot.
 */
const STREET_BEFORE_LOOSE = `(?:street(?![ \\u00a0]{1,3}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\\p{L}]))|[Ss]tr\\.|[Uu]l\\.|[Vv]ul\\.)`;
const LOWER_LINK = "(?:de|del|de la|des|du|la|le|les|das|dos|do|da|di|della|el|al|al-|el-|of|the|y|e)";
/**
 * A street word before the name, then a number: `Calle Mayor 23`, `Rua das Flores, 45`,
 * `Avenida Julius Nyerere n.º 1234`, `rue de la Paix 12`.
 */
export const STREET_THEN_NUMBER = lazyRegExp(
  `${B}(?:${STREET_BEFORE}\\.?|${STREET_BEFORE_LOOSE})[ \\u00a0]{1,3}(?:(?:${LOWER_LINK}|${NAME_WORD})[ \\u00a0]{1,3}){0,5}${NAME_WORD},?[ \\u00a0]{1,3}(?:(?:n\\.?\\s?[º°o]\\.?|[Nn]o\\.?|num\\.?|[Nn]r\\.?|#)[ \\u00a0]{0,2})?\\d{1,5}(?:[-/ ]?[A-Za-z]|[-/]\\d{1,4})?${E}`,
  'gu',
);
/** A number, then a street word before the name: `12 rue de la Paix`, `12, avenue Foch`, `3 bis boulevard Haussmann`. */
export const NUMBER_THEN_STREET_WORD = lazyRegExp(
  `(?<![\\p{L}\\p{N}_:.,/-])\\d{1,5}(?:[ \\u00a0]?(?:bis|ter|[A-Za-z]))?,?[ \\u00a0]{1,3}(?:${capAlt(W.STREET_WORDS_BEFORE)})\\.?[ \\u00a0]{1,3}(?:(?:${LOWER_LINK})[ \\u00a0]{1,3}){0,3}${NAME_WORD}(?:[ \\u00a0]{1,3}${NAME_WORD}){0,3}${E}`,
  'gu',
);
/**
 * House-number forms used in East Africa and South Asia, with what follows up to the next
 * comma-separated part: `Plot 12, Kololo`, `House No. 5, Road 7`, `H.No. 3-4-567`, `Flat 4B`.
 */
export const HOUSE_NUMBER = lazyRegExp(
  `${B}(?:Plot|[Hh]ouse\\s+(?:No\\.?|Number|number|#)|Hse\\.?\\s+No\\.?|H\\.\\s?No\\.?|[Ff]lat(?:\\s+[Nn]o\\.?)?|[Aa]partment|[Aa]pt\\.?|Door\\s+No\\.?|Stand\\s+No\\.?)[ \\u00a0]{0,3}#?\\d{1,5}(?:[-/]\\d{1,5}){0,2}[A-Za-z]?(?:,?[ \\u00a0]{1,3}(?:(?:Road|Street|Block|Sector|Lane|Block)[ \\u00a0]{1,3}(?:No\\.?[ \\u00a0]?)?[\\dA-Z]{1,4}|${PLAIN_NAME}(?:[ \\u00a0]{1,3}${PLAIN_NAME}){0,2}))?${E}`,
  'gu',
);
/**
 * Colombian and other Latin American grid addresses: `Calle 45 # 12-30`, `Carrera 7 No. 71-21`,
 * `Cra. 15 #88-64`.
 */
export const GRID_ADDRESS = asciiFirst(/(?<![\p{L}\p{N}_])(?:Calle|Carrera|Cra\.?|Cr\.?|Cl\.?|Avenida|Av\.?|Diagonal|Dg\.?|Transversal|Tv\.?)[ \u00a0]{1,3}\d{1,3}[A-Z]?(?:[ \u00a0]?[Bb]is)?[ \u00a0]{0,3}(?:#|No\.?|N[º°o]\.?)[ \u00a0]{0,3}\d{1,3}[A-Z]?[ \u00a0]{0,2}-[ \u00a0]{0,2}\d{1,3}(?![\p{L}\p{N}_])/gu);
/** What may follow a street address: a town and a postcode (`, Leeds LS6 2AB`). */
/** A date that ends its sentence or clause at the start of a street match (`12 May. The Wall Street`): a date, not an address. */
export const DATE_BEFORE_STREET = /^\d{1,2}[ \u00a0]{1,3}(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[.,;]/u;
/** A flat or unit right after a street address belongs to it: `, apartment 41`, `, Apt. 4B`, `, flat no. 3`. */
export const UNIT_TAIL = /^,?[ \u00a0]{1,3}(?:[Aa]partment|[Aa]pt\.?|[Ff]lat|[Uu]nit|[Ss]uite|[Dd]oor)[ \u00a0]{0,3}(?:[Nn]o\.?[ \u00a0]{0,2}|#)?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}_])/u;
export const ADDRESS_TAIL = /^,?[ \u00a0]{1,3}(?:[A-Z][\p{L}'’-]{1,20}[ \u00a0]{0,2},?[ \u00a0]{1,3}){0,2}(?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|[A-Z]{2}[ \u00a0]\d{5}(?:-\d{4})?)(?![\p{L}\p{N}_])/u;
/** A post-office box: `P.O. Box 1234`, `PO Box 30218-00100`. */
export const PO_BOX = asciiFirst(/(?<![\p{L}\p{N}_])(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|BP|B\.P\.|Apartado|Caixa\s+Postal)[ \u00a0]{1,3}\d{1,6}(?:-\d{3,6})?(?![\p{L}\p{N}_])/gu);
/** UK, Canadian and US postcodes in their full written form. */
export const POSTCODE = asciiFirst(/(?<![\p{L}\p{N}_])(?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)[ \u00a0]\d{5}(?:-\d{4})?)(?![\p{L}\p{N}_])/gu);
const HOME_NOUN = `(?:${alt(W.HOME_NOUNS)})`;
/**
 * Someone's home placed in the world: `I live on`, `she lives behind`, `our flat above`,
 * `Amina's house is opposite`, `my address is`. Group 1 is the lead-in.
 */
export const HOME_LEADIN = lazyRegExp(
  `${B}((?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[A-Z][\\p{L}'’-]{1,20})[ \\u00a0]{1,3}(?:(?:still|now|currently|also)[ \\u00a0]{1,3})?(?:live|lives|living|am\\s+living|are\\s+living|is\\s+living|reside|resides|stay|stays)|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\\p{L}-]{1,20}['’]s)[ \\u00a0]{1,3}(?:(?:new|old|rented|little|own|family)[ \\u00a0]{1,3})?(?:${HOME_NOUN}|home\\s+address|address))(?:[ \\u00a0]{1,3}(?:is|are|sits|lies|stands))?[ \\u00a0]{1,3}(?:located[ \\u00a0]{1,3})?(?:right[ \\u00a0]{1,3}|just[ \\u00a0]{1,3})?(?=(?:${alt(W.PLACE_PREPOSITIONS)}|at|on|in|along|down|up)${E})`,
  'gu',
);
/** After a home lead-in, what makes it findable: a landmark (`the mosque`) or a named road. */
export const LANDMARK_AFTER = lazyRegExp(`^[^.!?;\\n]{0,80}?${B}(?:the|a|an|that|this)[ \\u00a0]{1,3}(?:[\\p{L}'’-]{1,20}[ \\u00a0]{1,3}){0,2}(?:${alt(W.LANDMARKS)})${E}`, 'iu');
export const ROAD_AFTER = lazyRegExp(`^[^.!?;\\n]{0,80}?${B}(?:${NAME_WORD}[ \\u00a0]{1,3}){1,3}${STREET_TYPE}${E}|^[^.!?;\\n]{0,80}?${B}(?:${STREET_BEFORE})[ \\u00a0]{1,3}${NAME_WORD}`, 'u');
export const NUMBER_AFTER = /^[^.!?;\n]{0,60}?(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]?,?[ \u00a0]{1,3}[A-Z\u00C0-\u00DE]/u;
/** The lowercase word right after an address (group 1), to tell `3 Oxford Street shops` from an address. */
export const ADDRESS_FOLLOWER = /^[ \u00a0]{1,3}([a-z]{1,20})(?![\p{L}\p{N}])/u;
/** A word right before an address that introduces it: `at`, `on`, `address:`. */
export const ADDRESS_LEAD = /(?:(?<![\p{L}\p{N}])(?:at|on|in|to|from|address|addressed|is|near|live|lives|stay|stays)|:)[ \u00a0]{1,3}$/iu;
/** An organisation or building named right before an address (`GSA – 1800 F Street`, `*General Services Administration*, 1800 F St`). */
export const ORG_BEFORE = /(?:(?<![\p{L}])[A-Z]{2,8}|Administration|Agency|Department|Ministry|Office|Offices|Headquarters|HQ|Center|Centre|Building|House|Tower|Foundation|Institute|Inc\.?|LLC|Ltd\.?|University|College|Library|Museum|Hall|Hotel|Embassy|Consulate|Mission|Commission|Council|Bureau|Secretariat|Programme|Program|Fund|Bank|Hospital|Clinic|School|Church|Mosque|Plaza|Complex|Campus)[\s*_)\]]{0,60}[-–—,:@][ \u00a0]{0,3}$/u;
/** Street types that are also common words (`Google Drive`, `the Rust Way`): they need a lead. */
export const WEAK_STREET_TYPE = /(?<![\p{L}])(?:Drive|Dr|Way|Close|Court|Ct|Place|Pl|Square|Sq|Circle|Grove|Gardens|Row|Alley|Estate|Av|Mews|Drive-in)\.?(?:[ \u00a0]{1,3}(?:NW|NE|SW|SE|N|S|E|W)\.?)?$/u;
/** A sentence that ends on an abbreviation (`House No.`, `Baker St.`, `Tel.`): the splitter cut it early. */
export const ABBREVIATION_END = /(?<![\p{L}])(?:No|Nr|St|Ave|Av|Rd|Dr|Mr|Mrs|Ms|Tel|Ph|Apt|Hse|Blvd|Bd|P\.O|H|Mob|Cel|Ext|approx|vs|etc|n\.?[º°o])\.$/u;
/** A sentence end: `.`, `!`, `?` or `…` (closing quotes or brackets may follow), then white space. */
export const SENTENCE_END = /[.!?…]["'”’)\]]{0,2}(?=\s)|[\r\n]{2}/g;
export const PUBLIC_PLACE = test(W.PUBLIC_PLACE_WORDS);
/** Personal home words that make an address a home address. */
export const HOME_CONTEXT = lazyRegExp(`${B}(?:(?:I|we)\\s+(?:have\\s+|just\\s+|recently\\s+)?(?:moved|am\\s+moving|are\\s+moving)\\s+(?:in)?to|where\\s+(?:I|we|she|he|they|my\\s+family)\\s+(?:live|lives|stay|stays|sleep|sleeps)|I\\s+live|we\\s+live|habite|habites|habitons|habitez|habitent|domicile|chez\\s+(?:moi|nous)|notre\\s+(?:maison|appartement)|ma\\s+maison|mon\\s+appartement|vivo|vivimos|vive|viven|mi\\s+casa|nuestra\\s+casa|moro|moramos|mora|minha\\s+casa|nossa\\s+casa|lives|living|live\\s+at|(?:my|our|his|her|their)\\s+(?:(?:new|old|current|temporary|rented|little|own|family|permanent)\\s+)?(?:${HOME_NOUN}|address|landlord|neighbours|neighbors)|home\\s+address|moved\\s+into|moving\\s+into|rent(?:s|ing)?)${E}`, 'iu');

// ---------------------------------------------------------------- identity numbers

const ID_LABEL =
  '(?:passport|laissez-passer|UNLP|national\\s+(?:ID|identity|identification|insurance)(?:\\s+card)?|identity\\s+card|ID\\s+card|(?:my|his|her|their|your)\\s+ID|NIN|NINO|SSN|social\\s+security|Aadhaar|Aadhar|PAN\\s+card|CNIC|NIC|Huduma|Ghana\\s+card|Emirates\\s+ID|Iqama|alien\\s+(?:card|registration)|refugee\\s+(?:ID|card|registration|attestation)|(?:UNHCR|proGres)\\s+(?:case|registration|individual|ID)|asylum\\s+(?:seeker\\s+)?(?:case|card|certificate)|ration\\s+card|work\\s+permit|residence\\s+permit|residence\\s+card|visa|driver[\'’]?s\\s+licen[cs]e|driving\\s+licen[cs]e|birth\\s+certificate|voter[\'’]?s?\\s+(?:ID|card)|tax\\s+(?:ID|identification)|TIN|staff\\s+ID|index\\s+number|student\\s+ID|medical\\s+record|health\\s+insurance|NHS)';
/**
 * An identity document and its number: `passport number A1234567`, `national ID: 12345678`,
 * `SSN 123-45-6789`, `UNHCR case number 123-12C00123`. Group 1 is the label, group 2 the value.
 * The value: letters and digits, single spaces or dashes between them, 5-25 characters.
 */
export const ID_NUMBER = lazyRegExp(
  `${B}(${ID_LABEL})(?:[ \\u00a0]{1,3}(?:number|no\\.?|nr\\.?|num\\.?|#|ID|card|details))?[ \\u00a0]{0,3}[:#=(\\-–]?[ \\u00a0]{0,3}(?:(?:is|was|reads|being|of)[ \\u00a0]{1,3}){0,2}([A-Z0-9](?:[A-Z0-9]|[-/ ](?=[A-Z0-9])){4,24})${E}`,
  'giu',
);
/** An identity value must hold at least four digits. */
export const FOUR_DIGITS = /(?:\d\D{0,3}){4}/;

// ---------------------------------------------------------------- financial numbers

/** IBAN candidate: country, check digits, then alphanumerics with optional single spaces. */
export const IBAN_CANDIDATE = /(?<![\p{L}\p{N}_])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]){10,32}/gu;
/** Payment-card candidate: 13-19 digits, single spaces or dashes allowed between them. */
export const CARD_CANDIDATE = /(?<![\p{L}\p{N}_.,-])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}_]|[.,]\d)/gu;
/** A card number written in its usual groups: 4-4-4-4(-3) or Amex 4-6-5. */
export const CARD_GROUPS = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$|^\d{4}([ -])\d{6}\2\d{4,5}$/;
export const CARD_CONTEXT = /\b(?:card|visa|mastercard|master\s+card|amex|american\s+express|credit|debit|cvv|cvc|expiry|expires|exp\.?|payment|pay)\b/iu;
/** Bank account in context: `account number 0123456789`, `sort code 12-34-56`, `routing number 021000021`. */
export const BANK_ACCOUNT = lazyRegExp(
  `${B}((?:bank\\s+)?(?:account|acct\\.?|a\\/c)(?:[ \\u00a0]{1,3}(?:number|no\\.?|nr\\.?|#|num\\.?))|bank\\s+account|sort\\s+code|routing\\s+(?:number|no\\.?)|BSB|CLABE|M-?Pesa\\s+(?:number|account))[ \\u00a0]{0,3}[:#]?[ \\u00a0]{0,3}(?:(?:is|was)[ \\u00a0]{1,3})?(\\d(?:[- ]?\\d){5,29})${E}`,
  'giu',
);
export const DONATION_CONTEXT = /\b(?:donate|donation|donations|contribution|contributions|appeal|fundrais\w{0,6}|official\s+account|organi[sz]ation['’]s\s+account)\b/iu;

// ---------------------------------------------------------------- dates of birth

const DATE =
  `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]{1,3}(?:of[ \\u00a0]{1,3})?(?:${MONTHS})\\.?,?[ \\u00a0]{1,3}(?:19|20)\\d{2}|(?:${MONTHS})\\.?[ \\u00a0]{1,3}\\d{1,2}(?:st|nd|rd|th)?,?[ \\u00a0]{1,3}(?:19|20)\\d{2})`;
/** A labelled date of birth: `DOB: 12/03/1985`, `date of birth 3 May 1990`. Group 1 is the date. */
export const DOB_LABELLED = lazyRegExp(`${B}(?:date[ \\u00a0]{1,3}of[ \\u00a0]{1,3}birth|d\\.?o\\.?b\\.?|birth[ \\u00a0]?date|née?[ \\u00a0]{1,3}le|fecha[ \\u00a0]{1,3}de[ \\u00a0]{1,3}nacimiento|data[ \\u00a0]{1,3}de[ \\u00a0]{1,3}nascimento)[ \\u00a0]{0,3}[:\\-–]?[ \\u00a0]{0,3}(?:(?:is|was)[ \\u00a0]{1,3})?(${DATE})`, 'giu');
/** `born on 12 March 1985`, `born 1985-03-12`. Group 1 is the date. */
export const BORN_ON = lazyRegExp(`${B}born[ \\u00a0]{1,3}(?:on[ \\u00a0]{1,3}(?:the[ \\u00a0]{1,3})?)?(${DATE})`, 'giu');
/** The year in a date (group 1). */
export const YEAR_IN = /((?:19|20)\d{2})/;
/** Who a birth date is about: the writer, their family, colleagues or the people served. */
export const DOB_PERSONAL = lazyRegExp(`${B}(?:I|me|my|our|we|his|her|their|colleague|son|daughter|child|baby|boy|girl|mother|father|wife|husband|sister|brother|beneficiary|patient|client|refugee|staff\\s+member)${E}`, 'u');

// ---------------------------------------------------------------- travel

const MOVE = `(?:${capAlt(W.MOVE_VERBS)})`;
const SUBJECT = `(?:I|[Ww]e|I['’]m|[Ww]e['’]re|I['’]ll|[Ww]e['’]ll|[Hh]e|[Ss]he|[A-Z][\\p{L}-]{1,20}|(?:[Mm]y|[Oo]ur|[Tt]he)[ \\u00a0]{1,3}(?:[\\p{L}-]{1,20}[ \\u00a0]{1,3})?(?:team|delegation|mission|convoy|colleague|colleagues|boss|director|representative|coordinator|driver|drivers|staff|crew|head|chief|deputy|minister|envoy|SRSG|rep|unit|group|trucks|vehicles|car|cars|plane|flight|helicopter|caravan))`;
const AUX = `(?:will|['’]ll|shall|am|['’]m|are|['’]re|is|['’]s|plan\\s+to|plans\\s+to|planning\\s+to|intend\\s+to|hope\\s+to|about\\s+to|going\\s+to|due\\s+to|set\\s+to|scheduled\\s+to|expected\\s+to|supposed\\s+to|have\\s+to|need\\s+to|must|can|could|should|might|may)`;
/**
 * A movement with a subject (`we will be driving to`, `I'm flying to`, `the convoy leaves`) or
 * a sentence that opens with one (`Flying to Juba on Tuesday`, `Off to Goma next week`,
 * `On my way to Bor`). Group 1 is the phrase.
 */
export const MOVEMENT = lazyRegExp(
  `${B}((?:${SUBJECT})(?:[ \\u00a0]{1,3}|(?=['’]))(?:(?:${AUX})[ \\u00a0]{1,3}(?:(?:also|then|finally|now|all|both|be)[ \\u00a0]{1,3}){0,2})?${MOVE}|(?<=^[ \\u00a0]{0,6}|[.!?:][ \\u00a0\\n]{1,6})(?:${MOVE}|[Oo]ff|[Bb]ack|[Oo]n[ \\u00a0]{1,3}(?:my|our)[ \\u00a0]{1,3}way|[Ee]n[ \\u00a0]{1,3}route)|on[ \\u00a0]{1,3}(?:my|our|his|her)[ \\u00a0]{1,3}way|en[ \\u00a0]{1,3}route)${E}`,
  'gu',
);
/** After a movement verb, where to: `to Juba`, `for Goma`, `in Goma`, `the compound`, `out of Bor`. */
export const DESTINATION_AFTER = lazyRegExp(`^[ \\u00a0]{0,3}(?:(?:back|out|up|down|over|home|across|off|together|by\\s+(?:road|air|car|plane|boat|helicopter|bus))[ \\u00a0]{1,3})?(?:to|for|from|into|in|at|out\\s+of|of|via|towards|through|across|up\\s+to|down\\s+to|home\\s+to)[ \\u00a0]{1,3}(?:the[ \\u00a0]{1,3})?(?:[A-Z\\u00C0-\\u00DE][\\p{L}'’-]{1,30}|(?:${alt(W.SITE_NOUNS)}|airport|border|field|site|camp|city|town|village|capital|north|south|east|west|coast|frontline|front\\s+line)${E})|^[ \\u00a0]{0,3}(?:the[ \\u00a0]{1,3})?(?:${alt(W.SITE_NOUNS)}|airport|border)${E}|^[ \\u00a0]{0,3}(?:the[ \\u00a0]{1,3})?[A-Z\\u00C0-\\u00DE][\\p{L}'’-]{1,30}`, 'u');
export const FUTURE_TIME = test(W.FUTURE_TIME_WORDS);
/** A weak movement verb at the end of a movement phrase. */
export const WEAK_MOVE_END = lazyRegExp(`(?:${alt(W.WEAK_MOVE_VERBS)})$`, 'iu');
export const TRAVEL_CUE = test(W.TRAVEL_CUES);
/** A destination followed by a version number (`move to Node 18`, `land in Rust 1.80`): software, not a place. */
export const VERSION_AFTER = /^[ \u00a0]{1,2}v?\d/u;
/** A movement phrase whose subject is `my/our/the` + a noun (`The convoy leaves`). */
export const DETERMINED_SUBJECT = /^(?:[Mm]y|[Oo]ur|[Tt]he)[ \u00a0]/u;
/** The last word of a phrase. */
export const LAST_WORD = /[\p{L}'’-]{1,60}$/u; // bounded: `+$` rescans a long run from each character
/** A capitalised word (a verb in a Title Case headline: `Mobile Driving Pre-Cyber Monday Sales`). */
export const CAPITALISED = /^\p{Lu}/u;
/** The first word of a movement phrase. */
export const FIRST_WORD = /^[\p{L}'’]+/u;
/** A day, a date or a clock time that pins a movement down. */
export const TIME_MARKER = lazyRegExp(
  `${B}(?:on[ \\u00a0]{1,3}(?:${WEEKDAYS})|(?:this|next|coming|on)[ \\u00a0]{1,3}(?:${WEEKDAYS}|weekend|week)|(?:${WEEKDAYS})[ \\u00a0]{1,3}(?:morning|afternoon|evening|night)|(?:on|from|until|till|by|before|after|between)[ \\u00a0]{1,3}(?:the[ \\u00a0]{1,3})?\\d{1,2}(?:st|nd|rd|th)?(?:[ \\u00a0]{1,3}(?:of[ \\u00a0]{1,3})?(?:${MONTHS})|[ \\u00a0]{0,3}[-–][ \\u00a0]{0,3}\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]{1,3}(?:${MONTHS})|[ \\u00a0]{1,3}(?:to|and|until|till)[ \\u00a0]{1,3}\\d{1,2}(?:st|nd|rd|th)?[ \\u00a0]{1,3}(?:${MONTHS}))|(?:on|from|until|till|by)[ \\u00a0]{1,3}(?:${MONTHS})[ \\u00a0]{1,3}\\d{1,2}|at[ \\u00a0]{1,3}\\d{1,2}(?:[:.h]\\d{2}|[ \\u00a0]?(?:am|pm|a\\.m\\.|p\\.m\\.|hrs|h))|\\d{1,2}[:h]\\d{2}[ \\u00a0]?(?:hrs|h|am|pm)?|in[ \\u00a0]{1,3}(?:a|one|two|three|four|five|a\\s+few|\\d{1,2})[ \\u00a0]{1,3}(?:days?|weeks?|hours?)|(?:until|till)[ \\u00a0]{1,3}(?:${WEEKDAYS}|the\\s+end\\s+of|further\\s+notice|\\d{1,2}))${E}`,
  'iu',
);
export const PAST_TIME = test(W.PAST_TIME_WORDS);
/** Past or conditional auxiliaries that make a movement not a plan. */
/** Past forms of movement verbs (`the convoy left Bunia at dawn`): a story, not a plan. */
export const PAST_MOVE = /\b(?:left|departed|arrived|drove|travelled|traveled|took|went|came|reached|returned|crossed|flew|landed|headed|set\s+off|set\s+out|moved|was|were)\b/iu;
/** The future in a sentence (`will`, `'ll`, `tomorrow`, `next week`). */
export const FUTURE_WORD = /\b(?:will|shall|tomorrow|tonight|next|upcoming|scheduled|planned)\b|['’]ll\b/iu;
export const PAST_AUX = /\b(?:was|were|had|would\s+have|did|didn['’]t|used\s+to|wanted\s+to|tried\s+to|never)\b/iu;
/** A flight number: two-character airline code, optional space or dash, 1-4 digits. Group 1 code, group 2 digits. */
export const FLIGHT_NUMBER = /(?<![\p{L}\p{N}_-])([A-Z][A-Z0-9]|[0-9][A-Z])[ -]?(\d{1,4})[A-Z]?(?![\p{L}\p{N}_])/gu;
export const AIRLINE_CODE = lazyRegExp(`^(?:${W.AIRLINE_CODES.join('|')})$`);
/** The word "flight" (with a number label) right before a flight number. */
export const FLIGHT_WORD_BEFORE = /\b(?:flight|flights|flt|vol|vuelo|voo|rejs)(?:\s+(?:number|no\.?|#|nr))?[ \u00a0:]{0,3}$/iu;
export const FLIGHT_CONTEXT = /\b(?:flight|flights|fly|flying|flies|board|boarding|depart\w{0,4}|arriv\w{1,4}|landing|lands|airport|terminal|gate|seat|take-?off|layover|stopover|connecting|check-in|airline)\b/iu;
/** An aircraft model rather than a flight (`Airbus A350`, `Boeing 737`). */
export const AIRCRAFT_BEFORE = /\b(?:airbus|boeing|embraer|bombardier|atr|cessna|antonov|ilyushin|tupolev|dash|fokker|beechcraft|lockheed|douglas|mcdonnell)[ \u00a0-]{0,2}$/iu;
/** Figurative "flight": `the flight of refugees`, `flight from violence`, `capital flight`. */
export const FIGURATIVE_FLIGHT = /\b(?:flight\s+(?:of|from)\s+(?:refugees|people|civilians|families|capital|investors|talent|the\s+population|violence|conflict|war|persecution|fighting|poverty)|capital\s+flight|took\s+flight|put\s+to\s+flight|in\s+full\s+flight|flights?\s+of\s+(?:fancy|stairs|steps|imagination))\b/iu;
/** A hotel room: `room 412`, `Room No. 12B`. Group 1 is the room. */
export const HOTEL_ROOM = /\b(room[ \u00a0]{0,2}(?:no\.?|number|#)?[ \u00a0]{0,2}(?:(?:is|:)[ \u00a0]{0,2})?\d{1,4}[A-Z]?)(?![\p{L}\p{N}_])/giu;
export const LODGING_WORD = /\b(?:hotel|guest\s?house|lodge|hostel|motel|inn|resort|b&b|bed\s+and\s+breakfast|airbnb|residence|suites?|serena|hilton|sheraton|radisson|marriott|novotel|ibis|pullman|hyatt|intercontinental|kempinski|movenpick|mövenpick|sofitel|holiday\s+inn|best\s+western|staying|checked\s+in|booked)\b/iu;
/** A stay told as a story: a past verb of staying, or a year named as the time (`In 2022 I spent two weeks in room 14`). */
export const PAST_STAY = /\b(?:stayed|spent|slept|lived|lodged|was\s+put|were\s+put|(?:in|during|back\s+in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d{2})\b/iu;
/** Who is in a room, right before it: `I'm in room 512`, `my room is 512`, `she is staying in room 7`. */
export const ROOM_OCCUPANT = /(?:(?<![\p{L}\p{N}_])(?:I['’]m|I[ \u00a0]am|we['’]re|we[ \u00a0]are|(?:she|he)['’]s|(?:she|he)[ \u00a0]is|they['’]re|they[ \u00a0]are)[ \u00a0]{1,3}(?:(?:staying|sleeping|now|still|currently)[ \u00a0]{1,3})?(?:in|at)[ \u00a0]{1,3}|(?<![\p{L}\p{N}_])(?:my|our|his|her|their)[ \u00a0]{1,3})$/iu;
/** Words that put a room in an office, a school or a clinic's schedule rather than a bed for the night. */
export const WORK_ROOM_CONTEXT = /\b(?:office|offices|headquarters|HQ|floor\s+plan|class|classes|lecture|exam|interviews?|appointments?|consultations?|patients?|ward)\b/iu;
export const MEETING_ROOM = /\b(?:conference|meeting|board|class|court|situation|chat|break-?out|ball|press|reading|waiting|dining|store|server|control|operations|ops|training|exam|examination|emergency|delivery|operating|escape|war|throne|living|changing|locker|bath|show|engine|news|green|media|common)[ \u00a0]{0,2}(?:-[ \u00a0]?)?$/iu;
/** A convoy or road movement. */
export const CONVOY = /\b(?:convoy|convoys|road\s+movement|road\s+mission|motorcade|escort|escorted|armoured\s+vehicles?|armored\s+vehicles?|land\s+cruisers?)\b/iu;
/** The same, global, to find each convoy word. */
export const CONVOY_WORD = lazyRegExp(CONVOY.source, 'giu');
/** Route words: `via`, `through`, `along the ... road`, `from X to Y`. */
export const ROUTE = /\b(?:via|through|along\s+the|by\s+road|the\s+[A-Z][\p{L}-]{1,20}\s+road|route|from\s+[A-Z][\p{L}-]{1,20}\s+to\s+[A-Z][\p{L}-]{1,20}|[A-Z]\d{1,3}\s+highway)\b/u;
/** Invitations and public appearances: a published schedule rather than a security detail. */
export const PUBLIC_APPEARANCE = /\b(?:join\s+us|come\s+say\s+hi|say\s+hello|see\s+you\s+there|come\s+find\s+us|register|registration|tickets|sign\s+up|booth|keynote|speaking\s+at|will\s+speak|to\s+speak|presenting|give\s+a\s+talk|giving\s+a\s+talk|livestream|live\s+stream|webinar|meetup|meet-up|hackathon|rustconf|nodeconf|jsconf|sxsw)\b/iu;

// ---------------------------------------------------------------- location

/**
 * Decimal GPS coordinates: `-1.2921, 36.8219`, `1.2921° S, 36.8219° E`. Each part 1-3 integer
 * digits and 3-8 decimals; optional degree sign and hemisphere letter.
 */
export const DECIMAL_COORDINATES = /(?<![\p{L}\p{N}_.])(-?\d{1,2}\.\d{3,8})[ \u00a0]?°?[ \u00a0]?([NS])?[ \u00a0]{0,2}[,;/][ \u00a0]{0,3}(-?\d{1,3}\.\d{3,8})[ \u00a0]?°?[ \u00a0]?([EW])?(?![\p{L}\p{N}_]|\.\d)/gu;
/** Decimal degrees with hemisphere letters and no comma: `4.8594° N 31.5713° E`, `1.29S 36.82E`. */
export const HEMISPHERE_COORDINATES = /(?<![\p{L}\p{N}_.])(\d{1,2}\.\d{2,8})[ \u00a0]?°?[ \u00a0]?([NS])[ \u00a0,;/]{1,4}(\d{1,3}\.\d{2,8})[ \u00a0]?°?[ \u00a0]?([EW])(?![\p{L}\p{N}_])/gu;
/** Degrees-minutes-seconds: `1°17'31.6"S 36°49'19.2"E`. */
export const DMS_COORDINATES = /(?<![\p{N}])\d{1,2}°[ \u00a0]?\d{1,2}['′’][ \u00a0]?(?:\d{1,2}(?:\.\d{1,4})?["″”][ \u00a0]?)?[NS][ \u00a0,]{0,3}\d{1,3}°[ \u00a0]?\d{1,2}['′’][ \u00a0]?(?:\d{1,2}(?:\.\d{1,4})?["″”][ \u00a0]?)?[EW](?![\p{L}])/gu;
export const COORDINATE_CONTEXT = /\b(?:gps|coordinates|coords|co-ordinates|lat|long|lon|latitude|longitude|location|located|position|pin|pinned|waypoint|grid|we\s+are\s+at|we['’]re\s+at|i['’]m\s+at|meet\s+(?:us\s+|me\s+)?at|find\s+us\s+at|camp|compound|base|site)\b/iu;
/** what3words addresses: `///filled.count.soap`. */
export const WHAT3WORDS = /(?<![\p{L}\p{N}/])\/\/\/[\p{Ll}]{2,20}\.[\p{Ll}]{2,20}\.[\p{Ll}]{2,20}(?![\p{L}\p{N}])/gu;
/** Map services. */
export const MAP_HOST = /^https?:\/\/(?:(?:www\.|maps\.)?google\.[a-z.]{2,8}\/maps|maps\.google\.[a-z.]{2,8}|goo\.gl\/maps|maps\.app\.goo\.gl|(?:www\.)?openstreetmap\.org|osm\.org\/go|(?:www\.)?bing\.com\/maps|maps\.apple\.com|(?:www\.)?waze\.com\/(?:ul|live-map)|(?:www\.)?what3words\.com|w3w\.co|(?:www\.)?here\.com|share\.here\.com|(?:www\.)?mapcarta\.com|(?:www\.)?wikimapia\.org|(?:www\.)?mapquest\.com)/i;
/** Coordinates inside a map URL: `@-1.29,36.82`, `?q=-1.29,36.82`, `mlat=`, `#map=15/-1.29/36.82`, `ll=`. */
export const MAP_URL_COORDINATES = /(?:@|[?&](?:q|query|ll|sll|daddr|saddr|destination|center|mlat|lat|coordinates)=|#map=\d{1,2}\/)-?\d{1,3}\.\d{2,}/i;
/** Words that make a map link or a place operational: where staff stay or work. */
export const OPERATIONAL_CONTEXT = /\b(?:compound|guest\s?house|our\s+base|team\s+base|the\s+base|staff\s+house|team\s+house|safe\s?house|residence|accommodation|where\s+(?:we|I|the\s+team)\s+(?:stay|live|sleep|are)|we['’]re\s+staying|I['’]m\s+staying|(?:our|my)\s+(?:(?:new|old|little|current|temporary)\s+)?(?:house|flat|apartment|home|place|office|camp|location|room|guesthouse|compound|base))\b/iu;
const SITE = `(?:${alt(W.SITE_NOUNS)})`;
/** Sites that are offices: public unless placed by a landmark or a distance. */
export const OFFICE_SITE = /(?:office|offices|sub-office|hub|warehouse)$/iu;
/** A site word in a place name (`the Acacia Guesthouse`). */
export const SITE_WORD = lazyRegExp(`${B}${SITE}${E}`, 'iu');
/**
 * An operational site placed in the world: `our compound is behind the Total station`,
 * `the UN guesthouse sits 2 km past the market`, `our base on the Juba road`.
 * Group 1 is the site phrase.
 */
export const SITE_DESCRIBED = lazyRegExp(
  `${B}((?:[Oo]ur|[Mm]y|[Tt]he|[Tt]heir|[Ii]ts)[ \\u00a0]{1,3}(?:(?:new|old|own|main|UN|UNICEF|UNHCR|WFP|WHO|OCHA|UNDP|IOM|agency|team|staff|field|NGO|team['’]s|agency['’]s)[ \\u00a0]{1,3}){0,2}${SITE})(?:[ \\u00a0]{1,3}(?:is|are|sits|lies|stands|can\\s+be\\s+found|is\\s+located|is\\s+situated|is\\s+the\\s+one)|,)?[ \\u00a0]{1,3}(?:located[ \\u00a0]{1,3}|right[ \\u00a0]{1,3}|just[ \\u00a0]{1,3})?(?=(?:${alt(W.PLACE_PREPOSITIONS)})${E}|\\d{1,3}(?:[.,]\\d)?[ \\u00a0]?(?:km|kms|kilomet(?:er|re)s|metres|meters|m|miles|minutes|mins)[ \\u00a0]{1,3}(?:from|north|south|east|west|past|outside|before|after|along|up|down|beyond)${E}|on[ \\u00a0]{1,3}the[ \\u00a0]{1,3}(?:road|way|edge|outskirts|corner|hill)${E}|at[ \\u00a0]{1,3}the[ \\u00a0]{1,3}(?:end|corner|edge|top|bottom)${E}|on[ \\u00a0]{1,3}[A-Z][\\p{L}-]{1,20}[ \\u00a0]{1,3}(?:Road|Street|Avenue|Rd|St|Ave)${E})`,
  'gu',
);
/** A verb that places a site (`is`, `sits`, `is located`). */
export const SITE_VERB = /\b(?:is|are|sits|lies|stands|located|situated|found|one)\b/u;
/** `we are staying at the Acacia guesthouse`, `I'm holed up in the compound`. Group 1 is the phrase. */
export const STAYING_AT = lazyRegExp(
  `${B}((?:I|[Ww]e|I['’]m|[Ww]e['’]re|[Tt]he\\s+team|[Oo]ur\\s+team|[Mm]y\\s+colleagues|[Tt]he\\s+staff|[Oo]ur\\s+staff|[Ee]veryone|[Aa]ll\\s+staff)[ \\u00a0]{1,3}(?:(?:am|are|is|will\\s+be|['’]ll\\s+be|have\\s+been|has\\s+been|remain|remains|stay|all)[ \\u00a0]{1,3})?(?:(?:currently|still|now|all|safely)[ \\u00a0]{1,3})?(?:${alt(W.STAY_VERBS)}))[ \\u00a0]{1,3}(?:the[ \\u00a0]{1,3}|a[ \\u00a0]{1,3}|our[ \\u00a0]{1,3})?((?:[A-Z][\\p{L}'’-]{1,20}[ \\u00a0]{1,3}){0,3}(?:${SITE}|[A-Z][\\p{L}'’-]{1,20}))`,
  'gu',
);
/** `I'm in Bentiu right now`, `we are currently in Goma`. Group 1 is the phrase, group 2 the place. */
export const HERE_NOW = lazyRegExp(
  `${B}((?:I|[Ww]e|I['’]m|[Ww]e['’]re|[Tt]he\\s+team|[Oo]ur\\s+team|[Mm]y\\s+team)[ \\u00a0]{1,3}(?:(?:am|are|is)[ \\u00a0]{1,3})?(?:currently|still|now|right\\s+now|at\\s+the\\s+moment|presently|stuck|stranded|trapped)[ \\u00a0]{1,3}(?:(?:stuck|stranded|trapped|based|staying|holed\\s+up)[ \\u00a0]{1,3})?(?:in|at))[ \\u00a0]{1,3}([A-Z\\u00C0-\\u00DE][\\p{L}'’-]{1,30})`,
  'gu',
);

// ---------------------------------------------------------------- photos

export const CHILD = test(W.CHILD_WORDS);
/** The same, global, to skip matches inside names and domains. */
export const CHILD_ALL = phraseRegExp(W.CHILD_WORDS);
/** An age under 18 written next to a person: `aged 7`, `7-year-old`, `12 years old`. */
export const CHILD_AGE = asciiFirst(/\b(?:aged[ \u00a0]{1,2}(?:[1-9]|1[0-7])|(?<=\p{Lu}\p{Ll}{1,20},[ \u00a0]{1,2})(?:[1-9]|1[0-7])(?=,|[ \u00a0]{1,2}(?:years|yrs))|(?<=\p{Lu}\p{Ll}{1,20}[ \u00a0]{1,2}\()(?:[1-9]|1[0-7])(?=\))|(?:[1-9]|1[0-7])[ \u00a0-]{1,2}(?:year|yr|month)s?[ \u00a0-]{1,2}old|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[ \u00a0-]{1,2}(?:year|month)s?[ \u00a0-]{1,2}old)\b/iu);
export const VULNERABLE = test(W.VULNERABLE_WORDS);
/** The same, global, to skip matches inside capitalised names. */
export const VULNERABLE_ALL = phraseRegExp(W.VULNERABLE_WORDS);
/** Text ending a sentence or a label, right before a word. */
export const SENTENCE_START_BEFORE = /(?:^|[.!?:][ \u00a0]{0,3})$/u;
/** A word that starts with a capital letter. */
export const UPPER_START = /^\p{Lu}/u;
export const DISPLACED = test(W.DISPLACED_WORDS);
export const NOT_A_PHOTO = test(W.NOT_A_PHOTO_WORDS);
/** A caption that says it is one (`Photo: ...`, `Pictured: ...`, `Above, ...`). */
/** Consent or permission said in any words (`with her parents' written consent`), unless negated. */
export const CONSENT_WORD = /\b(?:consent|consented|consenting|permission|agreed\s{1,3}to\s{1,3}(?:(?:be|being|the|this|these|their|her|his)\s{1,3})?(?:photographed|pictured|filmed|share|sharing|appear|appearing|photos?|photographs?|pictures?|portraits?|video|interview))\b/iu;
export const CONSENT_NEGATED = /\b(?:without|no|not|never|lack\s+of|refused)\s+(?:\w+\s+){0,3}(?:consent|permission)\b|\b(?:consent|permission)\s+(?:was\s+|is\s+)?(?:not|never|refused|withdrawn|denied)\b/iu;
/** A note that no one in a photo can be recognised, written freely: `faces not visible`, `their faces are hidden`, `backs to the camera`. */
export const FACES_HIDDEN = /\b(?:faces?|identit(?:y|ies))[ \u00a0]{1,3}(?:(?:are|is|were|was|have[ \u00a0]been|has[ \u00a0]been|kept|deliberately|intentionally)[ \u00a0]{1,3}){0,2}(?:not[ \u00a0]{1,3}(?:visible|shown|identifiable|recogni[sz]able|seen)|hidden|obscured|covered|blurred|masked|pixelated|pixellated|turned[ \u00a0]away|concealed|out[ \u00a0]of[ \u00a0](?:frame|shot|focus))\b|\b(?:no|without)[ \u00a0]{1,3}(?:visible|recogni[sz]able|identifiable)[ \u00a0]{1,3}faces?\b|\bbacks?[ \u00a0]{1,3}(?:(?:are|is|were|was)[ \u00a0]{1,3})?(?:turned[ \u00a0]{1,3})?to[ \u00a0]{1,3}the[ \u00a0]{1,3}camera\b|\b(?:not|cannot[ \u00a0]be|(?:no[ \u00a0]one|nobody|none[ \u00a0]of[ \u00a0]them)[ \u00a0]{1,3}can[ \u00a0]{1,3}be)[ \u00a0]{1,3}(?:recogni[sz]ed|recogni[sz]able|identified|identifiable)\b/iu;
export const CAPTION_CUE = /^[\s*_]{0,3}(?:photo|photograph|pictured|caption|above|below|left|right|top|bottom|credit|©|image|picture|in\s+the\s+(?:photo|picture))\b/iu;
/** An animal right after a child word (`baby panda`). */
export const ANIMAL_AFTER = lazyRegExp(`^[ \\u00a0-]{1,3}(?:${alt(W.ANIMALS)})(?![\\p{L}])`, 'iu');
/** A historical photo: the children in it are grown up. */
export const HISTORICAL = /\b(?:WWI|WWII|WW1|WW2|World[ \u00a0]War|(?:18\d{2}|19[0-4]\d)s?|historic|historical|archive|archival|vintage)\b/iu;
export const PHOTO_WORD = /\b(?:photo|photograph|pictured|portrait|snapshot|selfie|group\s+shot)\b/iu;
export const STOCK = test(W.STOCK_SOURCES);
/** The writer's own family in the picture (`my two daughters`): the parent shares it. */
export const OWN_FAMILY = /\b(?:my|our)\s+(?:(?:two|three|little|youngest|eldest|oldest|baby|own)\s+){0,2}(?:daughters?|sons?|children|kids|baby|babies|granddaughters?|grandsons?|grandchildren|nieces?|nephews?|family)\b/iu;
/** A child word that is part of a domain or a title (`Kids.gov`). */
export const DOMAIN_AFTER = /^\.[a-z]{2,6}\b/u;
/** A personal name in a caption: a capitalised word after a comma/start and before `, a/an/the/who/aged/(`. Group 1 is the name. */
export const NAMED_PERSON = /(?:^|[,;:(]\s{0,3}|\s(?:named|called|meet|shows|showing|of|with|and)\s{1,3})([A-Z\u00C0-\u00DE][\p{Ll}'’-]{1,20}(?:\s{1,2}[A-Z\u00C0-\u00DE][\p{Ll}'’-]{1,20}){0,2})(?:,\s{0,3}(?:a|an|the|who|aged|\d{1,2})\b|\s{1,3}\(\d{1,2}\)|\s{1,3}(?:is|was|who|and\s+her|and\s+his|with\s+her|with\s+his|holds|sits|stands|waits|smiles|poses)\b)/gu;
/** A "photos in this post" statement, for a document-wide consent note. */
export const ALL_PHOTOS = /\b(?:all|the|these|our)\s+(?:photos|photographs|pictures|images)\b|\bphotos?\s+(?:in|on)\s+this\s+(?:post|blog|story|article|page)\b|\bpeople\s+(?:pictured|photographed|shown)\b|\bthose\s+(?:pictured|photographed)\b|\beveryone\s+(?:pictured|photographed)\b/iu;
/** File-name separators to turn `girl-at-school_2.jpg` into words. */
export const FILE_NAME_SEPARATORS = /[-_.+%]+|(?<=[a-z])(?=[A-Z])/g;

// ---------------------------------------------------------------- named people

const ROLE = `(?:${alt(W.PERSON_ROLES)})`;
/**
 * A named person introduced by a relation: `my colleague Amina`, `our driver, Joseph,`,
 * `Amina, my colleague`, `Amina (our interpreter)`. Group 1 or 2 is the name.
 */
export const NAMED_RELATION = lazyRegExp(
  `${B}(?:(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Aa]|[Oo]ne\\s+of\\s+(?:my|our))[ \\u00a0]{1,3}(?:(?:dear|good|close|former|new|national|local|senior|young|old|best)[ \\u00a0]{1,3}){0,2}${ROLE}(?:s)?[ \\u00a0]{0,3},?[ \\u00a0]{1,3}([A-Z\\u00C0-\\u00DE][\\p{Ll}'’-]{1,20}(?:[ \\u00a0]{1,2}[A-Z\\u00C0-\\u00DE][\\p{Ll}'’-]{1,20})?)|([A-Z\\u00C0-\\u00DE][\\p{Ll}'’-]{1,20}(?:[ \\u00a0]{1,2}[A-Z\\u00C0-\\u00DE][\\p{Ll}'’-]{1,20})?)[ \\u00a0]{0,2}(?:,|\\()[ \\u00a0]{0,3}(?:my|our|a|the|his|her)[ \\u00a0]{1,3}(?:(?:national|local|senior|dear|close|former|new)[ \\u00a0]{1,3})?${ROLE}${E})`,
  'gu',
);
/** A capitalised name as the subject of a private-detail verb: `Amina is recovering`, `Joseph has malaria`. Group 1 is the name. */
export const NAME_SUBJECT = /(?<![\p{L}\p{N}_'’])([A-Z\u00C0-\u00DE][\p{Ll}'’-]{1,20})(?:[ \u00a0]{1,2}[A-Z\u00C0-\u00DE][\p{Ll}'’-]{1,20})?,?[ \u00a0]{1,3}(?:who[ \u00a0]{1,3})?(?:is|was|has|had|got|has\s+been|had\s+been|will\s+be|just|recently|finally|sadly)[ \u00a0]{1,3}(?:(?:been|now|still|just|finally|recently|also)[ \u00a0]{1,3}){0,2}(?:recovering|diagnosed|hospitali[sz]ed|admitted|pregnant|expecting|on\s+sick\s+leave|on\s+medical\s+leave|in\s+hospital|in\s+the\s+hospital|in\s+intensive\s+care|in\s+icu|medevaced|evacuated|tested\s+positive|sick|ill|injured|wounded|divorced|divorcing|arrested|detained|in\s+jail|in\s+prison|depressed|struggling|fighting|battling|undergoing|down\s+with|suffering|off\s+work|bedridden|quarantined|isolating|separated|getting\s+divorced)\b/gu;
/** A health detail said of someone: a private state (`pregnant`, `on sick leave`) or a condition they have (`recovering from malaria`). */
export const HEALTH = lazyRegExp(
  `${B}(?:(?:${alt(W.HEALTH_STATES)})|(?:${alt(W.HAS_CONDITION)})[ \\u00a0]{1,3}(?:(?:a|an|the|severe|acute|bad|mild|serious|cerebral|chronic|suspected)[ \\u00a0]{1,3}){0,2}(?:${alt(W.DISEASES)}))(?![\\p{L}\\p{N}_-])`,
  'iu',
);
/** `his HIV diagnosis`, `her cancer treatment`, `their covid test results`, `his diagnosis`: a health detail by possessive. */
export const HEALTH_POSSESSIVE = lazyRegExp(
  `${B}(?:his|her|their)[ \\u00a0]{1,3}(?:(?:recent|new|latest|positive)[ \\u00a0]{1,3})?(?:(?:${alt(W.DISEASES)})[ \\u00a0-]{1,3}(?:status|diagnosis|treatment|medication|medicines|test|test\\s+results?|results?|infection|therapy|relapse)|diagnosis|prognosis|medication|antiretrovirals|ARVs|chemotherapy|miscarriage|relapse)${E}`,
  'iu',
);
export const FAMILY = test(W.FAMILY_WORDS);
export const TRIBUTE = test(W.TRIBUTE_WORDS);
/** `at home in Kilimani`, `lives in Westlands`, `is on R&R in Nairobi`, `flying home to Kisumu`. */
/** `Amina's husband`, `Joseph's diagnosis`. Group 1 is the name. */
export const NAME_POSSESSIVE = /(?<![\p{L}\p{N}_])([A-Z\u00C0-\u00DE][\p{Ll}-]{1,20})['’]s[ \u00a0]{1,3}(?:(?:new|little|baby|eldest|youngest|older|younger|late)[ \u00a0]{1,3})?(?:husband|wife|partner|son|daughter|children|kids|baby|mother|father|parents|family|pregnancy|diagnosis|illness|health|surgery|divorce|condition|treatment|test\s+results?|home|house|flat|apartment)(?![\p{L}\p{N}_])/gu;
export const HOME_OR_TRAVEL_DETAIL = /\b(?:at\s+home\s+in\s+[A-Z]|lives\s+(?:in|on|at|near)\s+[A-Z]|is\s+on\s+(?:R&R|R\s*&\s*R|leave|holiday|vacation|home\s+leave)\s+in\s+[A-Z]|flying\s+home\s+to\s+[A-Z])/u;

// ---------------------------------------------------------------- small helpers

/** Line breaks. */
export const LINE_BREAK = /\r\n?|\n/;
/** Runs of white space. */
export const WHITESPACE_RUN = /\s+/;
/** Runs of white space, global (to squash). */
export const WHITESPACE_RUN_G = /\s+/g;
/** Runs of characters that are not letters or digits, global. */
export const NON_ALNUM_RUN = /[^\p{L}\p{N}]+/gu;
/** Runs of letters and digits, global (to mask word by word). */
export const ALNUM_RUN = /[\p{L}\p{N}]+/gu;
/** A word of letters only. */
export const LETTERS_ONLY = /^\p{L}+$/u;
/** One digit. */
export const DIGIT = /\d/;
/** Two digits in a row. */
export const TWO_DIGITS = /\d\d/;
/** Four digits in a row. */
export const FOUR_DIGIT_RUN = /\d{4}/;
/** Four digits with at most three other characters between each (`C01X00T47`), not global: a cheap test before `ID_NUMBER`. */
export const FOUR_DIGITS_SPREAD = /\d(?:\D{0,3}\d){3}/;
/** Everything but digits, global. */
export const NON_DIGITS = /\D/g;
/** Everything but digits and `+`, global. */
export const NON_PHONE_CHARS = /[^\d+]/g;
/** Parentheses, global. */
export const PARENS = /[()]/g;
/** Separators at the end of a value. */
export const TRAILING_SEPARATORS = /[-/ ]{1,20}$/; // bounded: `+$` rescans a long run from each character
/** Separators and closing brackets at the start of a phone candidate. */
export const CANDIDATE_LEAD = /^[ \u00a0)\/-]+/;
/** An international prefix (`+` or `00`). */
export const INTERNATIONAL_PREFIX = /^\s*(?:\+|00)/;
/** A `00` international prefix, to rewrite as `+`. */
export const DOUBLE_ZERO_PREFIX = /^\s*00/;
/** A national trunk prefix or an area code in brackets. */
export const NATIONAL_START = /^[(0]/;
/** Digits grouped in threes with spaces (`1 234 567`). */
export const SPACE_THOUSANDS = /^\d{1,3}(?:[ \u00a0]\d{3})+$/;
/** A `%` that does not start an escape, global. */
export const STRAY_PERCENT = /%(?![0-9a-f]{2})/gi;
/** Ten or more digits and nothing else (a WhatsApp link number without `+`). */
export const LONG_DIGITS = /^\d{10,}$/;
/** A query or fragment in a URL. */
export const URL_SUFFIX = /[?#]/;
/** A file extension. */
export const FILE_EXTENSION = /\.[a-z0-9]{2,5}$/i;
/** A year written in a segment (a cheap test before date-of-birth patterns). */
export const YEAR_ANYWHERE = /(?:19|20)\d{2}/;
/** Birth words (a cheap test before date-of-birth patterns). */
export const BIRTH_WORD = /birth|born|d\.?o\.?b|née?|nacimiento|nascimento/i;
/** Home words (a cheap test before home lead-in patterns). */
export const HOME_WORD = /\b(?:live|lives|living|reside|resides|stay|stays|home|house|flat|apartment|place|residence|room|address)\b/i;
/** A trailing dot. */
export const TRAILING_DOT = /\.$/;
/** Top-level domains reserved for examples and tests. */
export const PLACEHOLDER_TLD = /\.(?:example|test|invalid|localhost|local)$/;
/** Anything but lowercase ASCII letters, global. */
export const NON_LOWER = /[^a-z]/g;
/** Separators and digits inside the local part of an address. */
export const LOCAL_PART_SEPARATORS = /[._+-]+|\d+/;
/** The first two tokens of a match (`House No.`). */
export const FIRST_TWO_TOKENS = /^\S+\s+\S+/;
/** A further comma- or space-separated part with letters. */
export const FURTHER_PART = /[,\s][\p{L}]/u;
/** One to three capital letters (a part of a national insurance number). */
export const SHORT_CAPS = /^[A-Z]{1,3}$/;
/** Labels that name identity documents in the message. */
export const ID_KIND_POSSESSIVE = /^(?:my|his|her|their|your) ID$/i;
export const ID_KIND_SSN = /^(?:SSN|social security)$/i;
export const ID_KIND_NIN = /^(?:NIN|NINO)$/i;
/** A cheap test that a segment may hold decimal or degree coordinates, also `1.29S 36.82E` (two decimals, then up to two spaces before a hemisphere letter, as HEMISPHERE_COORDINATES allows). */
export const COORDINATE_PREFILTER = /\d\.\d{3}|°|\d\.\d{2}[ \u00a0]{0,2}[NS]/;
/** Text that starts with `on `. */
export const ON_START = /^on\s/i;
/** Text that starts with `the `. */
export const THE_START = /^[Tt]he\s/;

/** Every pattern above, for the ReDoS test. */
export const patterns: Record<string, RegExp> = {
  PHONE_CANDIDATE, PHONE_PREFILTER, JSON_KEY_BEFORE, ROLE_TITLE_BEFORE, PHONE_NEAR_MISS_LABEL, PHONE_UNIT_AFTER, PHONE_CURRENCY_BEFORE, DATE_SHAPE, YEAR_LIST, THOUSANDS, DOTTED_VERSION,
  TIME_RANGE, DATE_OR_PATH_PREFIX, TIME_AFTER, CANDIDATE_EDGES, CANDIDATE_SPLIT, GROUP_SEPARATORS, PHONE_LINK, OFFICIAL_CONTACT, PERSONAL_CONTACT, PHONE_CONTEXT, PHONE_SYMBOL, EMAIL, EMAIL_OBFUSCATED, BRACKETED_AT, OBFUSCATED_DOT, INSTITUTIONAL_DOMAIN,
  FREE_MAIL_DOMAIN, MAILTO_ADDRESS, ROLE_MAILBOX, NUMBER_STREET, STREET_THEN_NUMBER, NUMBER_THEN_STREET_WORD, HOUSE_NUMBER, GRID_ADDRESS, DATE_BEFORE_STREET, UNIT_TAIL, ADDRESS_TAIL, PO_BOX, POSTCODE,
  ADDRESS_FOLLOWER, ADDRESS_LEAD, ORG_BEFORE, ABBREVIATION_END, SENTENCE_END, WEAK_STREET_TYPE, HOME_LEADIN, LANDMARK_AFTER, ROAD_AFTER, NUMBER_AFTER, PUBLIC_PLACE, HOME_CONTEXT, ID_NUMBER, FOUR_DIGITS, IBAN_CANDIDATE,
  CARD_CANDIDATE, CARD_GROUPS, CARD_CONTEXT, BANK_ACCOUNT, DONATION_CONTEXT, DOB_LABELLED, BORN_ON, YEAR_IN, DOB_PERSONAL, MOVEMENT,
  DESTINATION_AFTER, FUTURE_TIME, WEAK_MOVE_END, TRAVEL_CUE, VERSION_AFTER, DETERMINED_SUBJECT, LAST_WORD, CAPITALISED, FIRST_WORD, TIME_MARKER, PAST_TIME, PAST_MOVE, FUTURE_WORD, PAST_AUX, FLIGHT_NUMBER, AIRLINE_CODE, FLIGHT_WORD_BEFORE,
  FLIGHT_CONTEXT, AIRCRAFT_BEFORE, FIGURATIVE_FLIGHT, HOTEL_ROOM, LODGING_WORD, ROOM_OCCUPANT, WORK_ROOM_CONTEXT, PAST_STAY, MEETING_ROOM, CONVOY, CONVOY_WORD, ROUTE, PUBLIC_APPEARANCE,
  DECIMAL_COORDINATES, HEMISPHERE_COORDINATES, DMS_COORDINATES, COORDINATE_CONTEXT, WHAT3WORDS, MAP_HOST, MAP_URL_COORDINATES,
  OPERATIONAL_CONTEXT, OFFICE_SITE, SITE_VERB, SITE_WORD, SITE_DESCRIBED, STAYING_AT, HERE_NOW, CHILD, CHILD_ALL, CHILD_AGE, VULNERABLE, VULNERABLE_ALL, SENTENCE_START_BEFORE, UPPER_START, DISPLACED, NOT_A_PHOTO,
  CONSENT_WORD, CONSENT_NEGATED, FACES_HIDDEN, CAPTION_CUE, ANIMAL_AFTER, HISTORICAL, PHOTO_WORD, STOCK, OWN_FAMILY, DOMAIN_AFTER, NAMED_PERSON, ALL_PHOTOS, FILE_NAME_SEPARATORS, NAMED_RELATION, NAME_SUBJECT, NAME_POSSESSIVE, HEALTH, HEALTH_POSSESSIVE, FAMILY, TRIBUTE,
  HOME_OR_TRAVEL_DETAIL,
  LINE_BREAK, WHITESPACE_RUN, WHITESPACE_RUN_G, NON_ALNUM_RUN, ALNUM_RUN, LETTERS_ONLY, DIGIT, TWO_DIGITS, FOUR_DIGIT_RUN, FOUR_DIGITS_SPREAD, NON_DIGITS, NON_PHONE_CHARS, PARENS, TRAILING_SEPARATORS, CANDIDATE_LEAD, INTERNATIONAL_PREFIX, DOUBLE_ZERO_PREFIX, NATIONAL_START, SPACE_THOUSANDS, STRAY_PERCENT, LONG_DIGITS, URL_SUFFIX, FILE_EXTENSION, YEAR_ANYWHERE, BIRTH_WORD, HOME_WORD, TRAILING_DOT, PLACEHOLDER_TLD, NON_LOWER, LOCAL_PART_SEPARATORS, FIRST_TWO_TOKENS, FURTHER_PART, SHORT_CAPS, ID_KIND_POSSESSIVE, ID_KIND_SSN, ID_KIND_NIN, COORDINATE_PREFILTER, ON_START, THE_START,
};
