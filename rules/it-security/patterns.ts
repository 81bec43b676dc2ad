/**
 * Every regular expression of `it-security` that runs on user text, precompiled at load. Each is
 * linear: character classes on either side of a quantifier do not overlap, or the repetition is
 * bounded. `patterns` lists them all for the central ReDoS test.
 */
import { escapeRegExp, phraseRegExp } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Links

/**
 * A source-code view rather than a download: `/<owner>/<repo>/blob/...` (GitHub, Gitea),
 * `/-/blob/` (GitLab), `/src/` (Bitbucket, Gitea). A script shown there is read, not run.
 */
export const SOURCE_VIEW_PATH = /^\/[^/]{1,100}\/[^/]{1,100}\/(?:-\/)?(?:blob|tree|src|source|edit|commits?|raw\/(?!refs))\//i;

/** A server-side program in a URL (`/cgi-bin/wa.exe?...`): a web page, not a download. */
export const CGI_PATH = /\/(?:cgi-bin|scripts|cgi)\//i;

/**
 * Country forms of government and academic suffixes, on a host name: `gov.uk`, `gouv.fr`,
 * `go.ke`, `gob.mx`, `govt.nz`, `gc.ca`, `admin.ch`, `ac.uk`, `edu.au`, `mil.za`.
 */
export const OFFICIAL_HOST = /(?:^|\.)(?:gov|gouv|gob|go|govt|gv|gc|admin|mil|ac|edu)\.[a-z]{2}$/;

/** A date at the start of a file name (`2014-05-01-release.md`), as Jekyll and Hugo name posts. */
export const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?:[-_T]|$)/;

/** A date (`YYYY-MM-DD`) at the start of a front-matter value (`2014-05-01 10:00:00 -0400`). */
export const LEADING_DATE = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Link text that is a web address: optional scheme, optional `user@`, dotted host, optional
 * port, optional path. Labels cannot contain dots, so the dotted repetition is deterministic.
 * Group 1 is the host.
 */
export const TEXT_ADDRESS =
  /^(?:(?:https?|ftp):\/\/)?(?:[^\s/@:]{1,64}@)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,10}[\p{L}]{2,63})\.?(?::\d{1,5})?(?:[/?#]\S{0,2000})?$/iu;

/** Whether link text starts with a scheme or `www.`, i.e. is written as an address. */
export const TEXT_ADDRESS_EXPLICIT = /^(?:(?:https?|ftp):\/\/|www\.)/i;

/** The scheme written at the start of a URL: `http://` (case-insensitive), leading spaces allowed. */
export const HTTP_SCHEME = /^\s{0,20}http:\/\//i;

/**
 * A URL with a user name and password anywhere in the text: `scheme://user:password@host`.
 * Neither part may hold white space, `/` or `@`, so the classes before and after each quantifier
 * differ. Group 1 is the user, group 2 the password, group 3 the host.
 */
export const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:@/<>"'`()[\]]{1,64}):([^\s@/<>"'`()[\]]{1,128})@([\w.-]{1,253})/gi;

// ---------------------------------------------------------------------------------------------
// Unofficial software (built from the phrase lists in data/software.json)

export const INSTALL_VERB = phraseRegExp(software.installVerbs);
export const SOFTWARE_NOUN = phraseRegExp(software.software);
export const SOCIAL_SOURCE = phraseRegExp(software.socialSources);
export const SOURCE_INTRO = phraseRegExp(software.sourceIntros);
export const LINK_SOURCE = phraseRegExp(software.linkSources);
export const SIDELOADING = phraseRegExp(software.sideloading);
export const CRACKED = phraseRegExp(software.cracked);
export const DISABLE_VERB = phraseRegExp(software.disableVerbs);
export const PROTECTION = phraseRegExp(software.protections);
export const NEGATION = phraseRegExp(software.negations);

/** Phrases with a negation word that still ask the reader to act ("don't forget to install"). */
export const NOT_A_NEGATION = /\b(?:do\s+not|don['’]?t)\s+(?:forget|miss|hesitate|wait)\b|\bnot\s+only\b|\bno\s+matter\b/giu;

/** "turn it off", "disable it", "ignore them": a protection named earlier is switched off. */
export const DISABLE_PRONOUN = /\b(?:(?:turn|switch|shut)\s{1,5}(?:it|them)\s{1,5}off|(?:disable|deactivate|pause|ignore|bypass|uninstall|remove)\s{1,5}(?:it|them))\b/giu;

/** A sentence that ends as a question ("Should you disable your antivirus?"). */
export const QUESTION_END = /\?[\s"'”’)\]]{0,10}$/u;

/** Words in a stretch of text (runs of letters, digits, apostrophes and hyphens). */
export const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * Words that break the link between a piece of software and a source named later in the
 * sentence ("download the app and follow us on Instagram").
 */
export const CLAUSE_BREAK = /[;:()]|\b(?:and|then|or|but|also|plus|while|follow|join|like|share|tag|subscribe)\b/iu;

// ---------------------------------------------------------------------------------------------
// Secrets. Provider shapes not covered by secretlint's recommended preset, each named after the
// public rule it follows. The look-arounds stop a match from starting or ending inside a longer
// token, which also keeps the scans linear.

/** Google API key: `AIza` + 35 (gitleaks `gcp-api-key`). */
export const GOOGLE_API_KEY = /(?<![\w-])AIza[0-9A-Za-z_-]{35}(?![\w-])/g;
/** Google OAuth client secret: `GOCSPX-` + 28 (GitHub secret scanning `google_oauth_client_secret`). */
export const GOOGLE_OAUTH_SECRET = /(?<![\w-])GOCSPX-[0-9A-Za-z_-]{28}(?![\w-])/g;
/** Stripe secret and restricted keys (gitleaks `stripe-access-token`: `(sk|rk)_(test|live|prod)_...`). */
export const STRIPE_KEY = /(?<![\w-])(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{24,99}(?![\w-])/g;
/** JSON Web Token: three base64url parts, the first two JSON objects (`eyJ`) (gitleaks `jwt`). */
export const JWT = /(?<![\w-])eyJ[0-9A-Za-z_-]{10,2000}\.eyJ[0-9A-Za-z_-]{10,4000}\.[0-9A-Za-z_-]{10,1000}(?![\w-])/g;
/** GitLab personal access token: `glpat-` + 20 (gitleaks `gitlab-pat`). */
export const GITLAB_TOKEN = /(?<![\w-])glpat-[0-9A-Za-z_-]{20}(?![\w-])/g;
/** Telegram bot token: bot id, colon, `AA` + 33 (gitleaks `telegram-bot-api-token`). */
export const TELEGRAM_BOT_TOKEN = /(?<![\w:])\d{8,10}:AA[0-9A-Za-z_-]{33}(?![\w-])/g;
/** Azure storage account key in a connection string (`AccountKey=` + 86 base64 + `==`). */
export const AZURE_STORAGE_KEY = /AccountKey=([0-9A-Za-z+/]{86}==)/g;
/** Hugging Face access token: `hf_` + 34 letters (gitleaks `huggingface-access-token`). */
export const HUGGINGFACE_TOKEN = /(?<![\w-])hf_[A-Za-z]{34}(?![\w-])/g;
/** Anthropic API key (gitleaks `anthropic-api-key`). */
export const ANTHROPIC_KEY = /(?<![\w-])sk-ant-(?:api03|admin01)-[0-9A-Za-z_-]{93}AA(?![\w-])/g;
/**
 * A private-key header followed by key material, whether or not the block is complete (a
 * truncated key in a post still leaks part of it). Group 1 is the first 40 characters of the body.
 */
export const PRIVATE_KEY_HEADER = /-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----[ \t]{0,4}\r?\n(?:[A-Za-z-]{1,30}:[^\r\n]{0,200}\r?\n){0,4}\s{0,8}([0-9A-Za-z+/=]{40})/g;

/**
 * A value assigned to a name: `name = value`, `name: value`, `"name": "value"`, `name => 'value'`.
 * Group 1 the name, group 2 the opening quote of the value (if any), group 3 the value (no white
 * space, quotes, brackets or separators, so the value class excludes what ends it).
 */
export const ASSIGNMENT = /(?<![\w.$-])([A-Za-z_][\w.-]{0,60})["']?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}(["'`]?)([^\s"'`,;(){}<>[\]]{4,200})/g;

/** Splits a name into words: `AWS_SECRET_ACCESS_KEY`, `apiKey`, `db-password`. */
export const NAME_WORD = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|\d+/g;

/**
 * A password given in a sentence: "the Wi-Fi password is Kampala2024", "password for the guest
 * network: ...". Up to three words may name what it is for; group 1 is the value.
 */
export const PROSE_PASSWORD =
  /(?<![\p{L}\p{N}])(?:password|passcode|passphrase|pass\s?word|wi-?fi\s+key|mot\s+de\s+passe|contraseña)(?:\s{1,5}(?:for|to|of|on)\s{1,5}(?:the\s{1,5}|our\s{1,5}|my\s{1,5}|your\s{1,5})?[\p{L}\p{N}-]{1,30}(?:\s{1,5}[\p{L}\p{N}-]{1,30}){0,2})?\s{0,5}(?:\bis\b|\bwas\b|\bremains\b|:|=)\s{0,5}["'“‘«]?([^\s"'”’»]{4,64})/giu;

/** Characters that may trail a value in prose without being part of it. */
export const TRAILING_PUNCTUATION = /[.,;:)\]]{1,5}$/;

/**
 * Values that only refer to a secret kept elsewhere or stand in for one: environment variables
 * (`$X`, `${X}`, `%X%`, `process.env.X`, `os.environ`), template slots (`{{ }}`, `<your-token>`),
 * masked values (`****`, `xxxx`, `...`) and secret-store references.
 */
export const REFERENCE_VALUE =
  /^(?:\$|%|<|\{|\[|@|!|&|\*|#|\\|process\.env|os\.environ|env\.|env\[|getenv|config\.|settings\.|secrets\.|vars\.|self\.|this\.|options\.|params\.|args\.|opts\.|credentials\.|vault:|ref\+|arn:|ssm:|projects\/)/i;

/** Placeholder words inside a value (`your-api-key-here`, `EXAMPLEKEY`, `changeme`, `dummy`). */
export const PLACEHOLDER_WORD =
  /example|sample|dummy|fake|placeholder|redacted|censored|removed|hidden|your|changeme|change[_-]me|replace|insert|enter[_-]?|here|todo|tbd|foo|bar|baz|test|demo|secret|passw|password|token|apikey|api[_-]key|letmein|hunter2|qwerty|abc123|123456|abcdef|xxxx|\*\*\*|\.\.\.|…|null|none|undefined|default|string|value/i;

/** A run of four identical characters (`0000`, `aaaa`, `xxxx`): typed by hand, not generated. */
export const REPEATED_RUN = /(.)\1{3}/;

/** Sequential runs (`12345`, `abcde`): typed by hand, not generated. */
export const SEQUENCE_RUN = /0123|1234|2345|3456|4567|5678|6789|abcd|bcde|cdef|wxyz/i;

/** Letters only (with `.`, `_`): an identifier or a word, not a credential. */
export const IDENTIFIER_VALUE = /^[A-Za-z_][A-Za-z_.]{0,199}$/;

/** A value that is an address or a path rather than a secret. */
export const ADDRESS_VALUE = /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/|\/|\.\/|~\/|[a-z]:\\|www\.)/i;

/** Digits only (with separators): a number, PIN or date, not a password worth reporting. */
export const NUMBER_VALUE = /^[\d\s.,:/-]{1,200}$/;

// ---------------------------------------------------------------------------------------------
// Internal infrastructure

/**
 * A dotted IPv4 address not inside a longer dotted number (versions such as `1.2.3.4.5`) and not
 * a CIDR range (`10.0.0.0/8` names a range, not a host). Group 1 is the address.
 */
export const IPV4 = /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w/]|\.\d)/g;

/**
 * An IPv6 address in the private ranges: unique local `fc00::/7` and link-local `fe80::/10`.
 * Validated afterwards with ipaddr.js.
 */
export const IPV6_INTERNAL = /(?<![\w:])(f[cd][0-9a-f]{2}:[0-9a-f:]{2,40}|fe[89ab][0-9a-f]:[0-9a-f:]{2,40})(?![\w:])/gi;

/**
 * A host name under a suffix used only inside private networks: `.local` (mDNS), `.internal`,
 * `.corp`, `.lan`, `.intranet`, `.localdomain`, `.home.arpa`. Not followed by another label
 * (`local.example.org` is a public name). Group 1 is the host.
 */
export const INTERNAL_HOST =
  /(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}(?:local|internal|corp|lan|intranet|localdomain|home\.arpa))(?![\w-]|\.[a-z0-9])/gi;

/** A version label right before a dotted number ("version 10.2.1.4", "v10.0.0.1"): not an address. */
export const VERSION_BEFORE = /(?:\bv|\bversion|\bver\.?|\brelease|\bbuild|\bupdate|\bkb)\s{0,3}$/i;

/** A Windows network share path `\\server\share`: group 1 is the server. */
export const UNC_PATH = /(?<![\w\\])\\\\([a-z0-9][\w.-]{0,62})\\[^\s\\]{1,80}/gi;

/** A host that is the first label of an intranet site: `intranet.agency.org`, `intra.example.int`. */
export const INTRANET_LABEL = /^(?:intranet|intra|internal)\./i;

/** A Latin letter (any accent). */
export const LATIN_LETTER = /\p{Script=Latin}/u;

/** A letter of a script with Latin look-alikes (Cyrillic, Greek, Armenian, Cherokee). */
export const LOOKALIKE_SCRIPT_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * One case-insensitive pattern for the configured intranet hosts (`settings.intranetHosts`): each
 * host and its subdomains, not inside a longer name. Built from escaped literals, so linear.
 */
export function intranetHostRegExp(hosts: readonly string[]): RegExp {
  const parts = [...new Set(hosts.map((h) => h.trim().toLowerCase().replace(/^\*?\./, '')).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (parts.length === 0) return /(?!)/g;
  return new RegExp(`(?<![\\w.-])(?:[a-z0-9-]{1,63}\\.){0,6}(?:${parts.join('|')})(?![\\w-]|\\.[a-z0-9])`, 'gi');
}

/** All patterns above, for the central ReDoS test. */
export const patterns: Record<string, RegExp> = {
  SOURCE_VIEW_PATH,
  CGI_PATH,
  OFFICIAL_HOST,
  FILE_NAME_DATE,
  LEADING_DATE,
  TEXT_ADDRESS,
  TEXT_ADDRESS_EXPLICIT,
  HTTP_SCHEME,
  URL_CREDENTIALS,
  INSTALL_VERB,
  SOFTWARE_NOUN,
  SOCIAL_SOURCE,
  SOURCE_INTRO,
  LINK_SOURCE,
  SIDELOADING,
  CRACKED,
  DISABLE_VERB,
  PROTECTION,
  NEGATION,
  NOT_A_NEGATION,
  CLAUSE_BREAK,
  DISABLE_PRONOUN,
  QUESTION_END,
  WORD,
  GOOGLE_API_KEY,
  GOOGLE_OAUTH_SECRET,
  STRIPE_KEY,
  JWT,
  GITLAB_TOKEN,
  TELEGRAM_BOT_TOKEN,
  AZURE_STORAGE_KEY,
  HUGGINGFACE_TOKEN,
  ANTHROPIC_KEY,
  PRIVATE_KEY_HEADER,
  ASSIGNMENT,
  NAME_WORD,
  PROSE_PASSWORD,
  TRAILING_PUNCTUATION,
  REFERENCE_VALUE,
  PLACEHOLDER_WORD,
  REPEATED_RUN,
  SEQUENCE_RUN,
  IDENTIFIER_VALUE,
  ADDRESS_VALUE,
  NUMBER_VALUE,
  IPV4,
  IPV6_INTERNAL,
  INTERNAL_HOST,
  VERSION_BEFORE,
  UNC_PATH,
  INTRANET_LABEL,
  LATIN_LETTER,
  LOOKALIKE_SCRIPT_LETTER,
  INTRANET_HOST_SAMPLE: intranetHostRegExp(['intranet.example.org', 'corp.example']),
};
