/**
 * Every regular expression of `it-security` that runs on user text, precompiled at load. Each is
 * linear: character classes on either side of a quantifier do not overlap, or the repetition is
 * bounded. `patterns` lists them all for the central ReDoS test.
 */
import { lazyRegExp } from '../../src/rule-kit/lazy-regexp.js';
import { escapeRegExp } from '../../src/rule-kit/index.js';
import software from './data/software.json' with { type: 'json' };

// ---------------------------------------------------------------------------------------------
// Links

/** Protocols of web links (as `URL.protocol` gives them). */
export const WEB_PROTOCOL = /^(?:https?|ftp):$/;

/** Protocols a download can come over. */
export const DOWNLOAD_PROTOCOL = /^(?:https?|ftp|file):$/;

/** The brackets around an IPv6 host (`[fd00::1]`). */
export const HOST_BRACKETS = /^\[|\]$/g;

/** A trailing dot of a fully qualified host name (`example.org.`). */
export const TRAILING_DOT = /\.$/;

/** `www.` at the start of a host. */
export const WWW_PREFIX = /^www\./i;

/** A wildcard or dot before a configured host (`*.example.org`, `.example.org`). */
export const HOST_WILDCARD = /^\*?\./;

/** Only digits and dots, or holds a colon: a host that may be an IP address. */
export const IP_LIKE_HOST = /^[\d.]{7,15}$|:/;

/** Quotes, brackets and punctuation around link text that shows an address. */
export const TEXT_ADDRESS_WRAPPING = /^[<(«"'“]{1,5}|[>)»"'”.,;:!?]{1,5}$/g;

/** The start of a `<blockquote` tag, where an embedded social post may begin. */
export const BLOCKQUOTE_OPEN = /<blockquote\b/gi;

/**
 * The class of a social post embedded as HTML (`<blockquote class="twitter-tweet">`), read inside
 * the opening tag only: the links inside are the platform's own (`t.co` wrappers,
 * `pic.twitter.com`), copied with the post.
 */
export const SOCIAL_EMBED_CLASS = /\bclass\s{0,3}=\s{0,3}["'][^"'>]{0,200}?\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed)\b/i;

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

/** An address written inside longer link text ("Sign in at www.un.org/portal"): scheme or `www.` first. */
export const TEXT_ADDRESS_TOKEN = /(?:https?:\/\/|\bwww\.)[^\s<>"'()[\]]{3,300}/gi;

/** Whether link text starts with a scheme or `www.`, i.e. is written as an address. */
export const TEXT_ADDRESS_EXPLICIT = /^(?:(?:https?|ftp):\/\/|www\.)/i;

/** The scheme written at the start of a URL: `http://` (case-insensitive), leading spaces allowed. */
export const HTTP_SCHEME = /^\s{0,20}http:\/\//i;

/**
 * The part of a URL after `://` that holds a user name and password: `user:password@host`. It
 * starts with the literal `://`, which the engine finds fast; the scheme is read before it.
 * Neither part may hold white space, `/` or `@`, so the classes before and after each quantifier
 * differ. Group 1 is the user, group 2 the password, group 3 the host.
 */
export const URL_CREDENTIALS = /:\/\/([^\s:@/<>"'`()[\]]{1,64}):([^\s@/<>"'`()[\]]{1,128})@([\w.-]{1,253})/g;

/** The scheme right before `://` (read backwards from there): `postgres`, `https`, `ftp`. */
export const SCHEME_BEFORE = /[a-z][a-z0-9+.-]{1,20}$/i;

// ---------------------------------------------------------------------------------------------
// Unofficial software (built from the phrase lists in data/software.json)

/**
 * One case-insensitive alternation of English words and phrases with ASCII word boundaries; a
 * space in a phrase matches a short run of white space. Not a Unicode-mode pattern: these lists
 * are English and the ASCII form scans several times faster, which matters on every prose segment.
 * Longest first, so the alternation prefers the longer phrase.
 */
export function wordsRegExp(phrases: readonly string[]): RegExp {
  const parts = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s{1,5}'));
  if (parts.length === 0) return /(?!)/g;
  return lazyRegExp(`\\b(?:${parts.join('|')})(?![\\w'’-])`, 'gi');
}

export const INSTALL_VERB = wordsRegExp(software.installVerbs);
export const SOFTWARE_NOUN = wordsRegExp(software.software);
export const SOURCE_INTRO = wordsRegExp(software.sourceIntros);
export const DISABLE_VERB = wordsRegExp(software.disableVerbs);
export const PRONOUN_AFTER = wordsRegExp(software.pronounAfter);

/** "shared it on", "sent them via our": a source that refers back to software named before. */
export const POINTS_BACK = /\b(?:shared|sent|posted|forwarded|found|got)\s{1,5}(?:it|them|this|that)\s{1,5}(?:on|in|via|through|over|from)\s{1,5}(?:(?:a|an|the|our|my|your|their|his|her)\s{1,5})?(?:[\w'’-]{1,20}\s{1,5})?$/i;

/** "turn your antivirus off": the verb before the protection ... */
export const TURN_VERB = /\b(?:turn|switch|shut)\b/gi;
/** ... and `off` right after it. */
export const OFF_AFTER = /^\s{0,3}off\b/i;
export const NEGATION = wordsRegExp(software.negations);
export const WARNING_WORD = wordsRegExp(software.warningWords);
export const PROHIBITION_AFTER = wordsRegExp(software.prohibitionsAfter);

/**
 * Where a clause starts, for the reach of a negation: "... is not in the stores, so download the
 * app" (the "not" does not govern "download").
 */
export const CLAUSE_BOUNDARY = /[;:—–]|\b(?:so|but|because|although|though|while|then|and then|once|until|after|before|when|if|unless)\b/gi;

/** The first run of letters of a phrase (`third-party site` -> `third`). */
const FIRST_LETTERS = /^[a-z]{1,40}/;

/**
 * A phrase list searched by its first words: one pass over the text reads each word with a
 * character loop (no regular expression), and only where a word starts a phrase does a sticky
 * pattern of the phrases that start with it run. A single alternation of hundreds of phrases is
 * several times slower in V8, and this check reads every prose segment of every post.
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, RegExp>();
  /** Length and first two letters of each first word, packed in a number: most words fail here without allocating. */
  private readonly shapes = new Set<number>();

  constructor(phrases: readonly string[]) {
    const groups = new Map<string, string[]>();
    for (const p of new Set(phrases.map((x) => x.trim().toLowerCase()).filter(Boolean))) {
      const first = FIRST_LETTERS.exec(p)?.[0];
      if (!first) throw new Error(`phrase must start with a letter: "${p}"`);
      groups.set(first, [...(groups.get(first) ?? []), p]);
    }
    for (const [first, list] of groups) {
      const parts = list.sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\s+/g, '\\s{1,5}'));
      this.byFirst.set(first, lazyRegExp(`(?:${parts.join('|')})(?![\\w'’-])`, 'iy'));
      this.shapes.add(shape(first.length, first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0));
    }
  }

  /** The sticky patterns by first word, for the ReDoS test. */
  get patterns(): Record<string, RegExp> {
    return Object.fromEntries([...this.byFirst].map(([w, re]) => [`phrases starting "${w}"`, re]));
  }

  /** Every phrase in `text`, left to right, not overlapping. A plain loop (not a generator): it runs on every segment. */
  find(text: string): Array<{ start: number; end: number; text: string }> {
    const out: Array<{ start: number; end: number; text: string }> = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      // Skip to the next letter.
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        i++;
        continue;
      }
      const start = i;
      const first = c | 32;
      i++;
      while (i < n) {
        c = text.charCodeAt(i);
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
        i++;
      }
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      const length = i - start;
      if (!this.shapes.has(shape(length, first, length > 1 ? text.charCodeAt(start + 1) | 32 : 0))) continue;
      const re = this.byFirst.get(text.slice(start, i).toLowerCase());
      if (!re) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) {
        out.push({ start, end: start + m[0].length, text: m[0] });
        i = Math.max(i, start + m[0].length);
      }
    }
    return out;
  }
}

/** A word's length and first two (lower-case) letters as one number. */
function shape(length: number, first: number, second: number): number {
  return Math.min(length, 255) * 65536 + first * 256 + second;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Everything the unofficial-software check starts from, in one pass: a social network or
 * unofficial source, a hidden-source phrase, sideloading, cracked software, a security protection,
 * a way past a security warning.
 */
export const SOFTWARE_TRIGGERS = new PhraseIndex([
  ...software.socialSources,
  ...software.linkSources,
  ...software.sideloading,
  ...software.cracked,
  ...software.protections,
  ...software.bypassWarnings,
  ...software.bypassInContext,
]);

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
/** The same without punctuation, for advice that follows its source ("a tip from Reddit: install ..."). */
export const CLAUSE_BREAK_AFTER = /;|\b(?:and|or|but|also|plus|while|follow|join|like|share|tag|subscribe)\b/i;

export const CLAUSE_BREAK = /[;:()]|\b(?:and|then|or|but|also|plus|while|follow|join|like|share|tag|subscribe)\b/iu;

// ---------------------------------------------------------------------------------------------
// Secrets: provider token shapes, each ported from the public rule named in its comment
// (secretlint's recommended preset, gitleaks' default config, GitHub's documented token formats).
// The look-arounds stop a match from starting or ending inside a longer token, which also keeps
// the scans linear: a candidate can only start where a token starts.

/** AWS access key ID: a known prefix + 16 (secretlint `aws` rule, from AWS git-secrets). */
export const AWS_ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}(?![A-Za-z0-9])/g;
/**
 * AWS secret access key assigned to its usual name (secretlint `aws` rule, from git-secrets:
 * `aws_secret_access_key = <40 base64>`). Group 1 is the key.
 */
export const AWS_SECRET_ACCESS_KEY =
  /(?<![A-Za-z0-9])(?:aws_?)?secret_?access_?key["']?[ \t]{0,5}(?::|=>|=)[ \t]{0,5}["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;
/** GitHub tokens: `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` + 36, `github_pat_` + 82 (secretlint `github` rule). */
export const GITHUB_TOKEN = /(?<![\w])(?:(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}|github_pat_[A-Za-z0-9_]{82})(?![\w])/g;
/**
 * Slack tokens: `xoxb-`, `xoxp-`, `xapp-`... then dash-separated parts (secretlint `slack` rule,
 * repetition bounded; each part ends at a dash its class excludes).
 */
export const SLACK_TOKEN = /(?<![\w-])(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr|xoxe)-(?:\d-)?(?:[A-Za-z0-9]{1,40}-){1,8}[A-Za-z0-9]{1,40}(?![\w-])/g;
/** Slack incoming webhook address (secretlint `slack` rule). */
export const SLACK_WEBHOOK = /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{1,40}\/B[A-Za-z0-9]{1,40}\/[A-Za-z0-9]{1,40}/gi;
/** npm access token: `npm_` + 36 (secretlint `npm` rule). */
export const NPM_TOKEN = /(?<![\w])npm_[A-Za-z0-9]{36}(?![\w])/g;
/** npm registry token in an `.npmrc` line, not a `${VAR}` (secretlint `npm` rule). Group 1 is the token. */
export const NPMRC_AUTH_TOKEN = /_authToken=([^\s$'"][^\s'"]{7,200})/g;
/** SendGrid API key: `SG.` + 22 + `.` + 43 (gitleaks `sendgrid-api-token`). */
export const SENDGRID_KEY = /(?<![\w.])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/g;
/** Shopify access tokens: `shpat_`, `shpca_`, `shppa_`, `shpss_` + 32 (secretlint `shopify` rule). */
export const SHOPIFY_TOKEN = /(?<![\w])shp(?:pa|ca|at|ss)_[A-Za-z0-9]{32,64}(?![\w])/g;
/** OpenAI API keys, which embed `T3BlbkFJ` (secretlint `openai` rule). */
export const OPENAI_KEY =
  /(?<![\w-])sk-(?:(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![\w-])/g;
/** Linear API key: `lin_api_` + 32 or more (secretlint `linear` rule). */
export const LINEAR_KEY = /(?<![\w])lin_api_[A-Za-z0-9]{32,128}(?![\w])/g;
/** 1Password service account token: `ops_` + base64 JSON (secretlint `1password` rule). */
export const ONEPASSWORD_TOKEN = /(?<![\w])ops_ey[A-Za-z0-9+/=]{100,1280}fQ={0,2}/g;
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
/** Azure storage account key in a connection string (`AccountKey=` + 86 base64 + `==`). Group 1 is the key. */
export const AZURE_STORAGE_KEY = /AccountKey=([0-9A-Za-z+/]{86}==)/g;
/** Hugging Face access token: `hf_` + 34 letters (gitleaks `huggingface-access-token`). */
export const HUGGINGFACE_TOKEN = /(?<![\w-])hf_[A-Za-z]{34}(?![\w-])/g;
/** Anthropic API key (gitleaks `anthropic-api-key`). */
export const ANTHROPIC_KEY = /(?<![\w-])sk-ant-(?:api03|admin01)-[0-9A-Za-z_-]{93}AA(?![\w-])/g;
/**
 * A private key: the PEM header followed by key material (secretlint `privatekey` rule, which
 * wants the whole block; a truncated key in a post still leaks part of it, so the header and the
 * first 40 characters of the body are enough). The line break may be written `\n`, as in the
 * JSON key files of cloud service accounts. Group 1 is the start of the body.
 */
export const PRIVATE_KEY =
  /-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY(?: BLOCK)?-----[ \t]{0,4}(?:\r?\n|\\n)(?:[A-Za-z-]{1,30}:[^\r\n]{0,200}(?:\r?\n|\\n)){0,4}[ \t]{0,8}([0-9A-Za-z+/=]{40})/g;

/** A line break, for reporting a multi-line match on its first line. */
export const LINE_BREAK = /\r?\n|\\n/;

/**
 * The word in a name that can make it a secret's name (`DB_PASSWORD`, `apiKey`, `client_secret`),
 * found first because it is rare; the name around it and the value after it are read from there.
 */
export const SECRET_NAME_WORD = /pass(?:word|wd|phrase|code)?|pwd|secret|token|key|credential/gi;

/** Characters that cannot start a name (`.`, `-`, digits), trimmed from the front. */
export const NAME_LEAD = /^[^A-Za-z_]{1,80}/;

/** Cheap test for a segment that may give a password in a sentence. */
export const PASSWORD_HINT = /pass|wi-?fi|network\s{1,5}key|contrase/i;

/** A character of a name (`AWS_SECRET_ACCESS_KEY`, `db.password`, `api-key`). */
export const NAME_CHAR = /[\w.-]/;

/**
 * What follows a name when a value is assigned to it, read at the end of the name (sticky):
 * `= value`, `: value`, `": "value`, `=> 'value'`. Group 1 is the opening quote (if any), group 2
 * the value (no white space, quotes, brackets or separators such as `&` in a query string, so the
 * value ends where its class does).
 */
export const ASSIGNED_VALUE = /["']?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}(["'`]?)([^\s"'`,;&(){}<>[\]]{4,200})/y;

/** Splits a name into words: `AWS_SECRET_ACCESS_KEY`, `apiKey`, `db-password`. */
export const NAME_WORD = /[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]|\d+/g;

/**
 * A password given in a sentence: "the Wi-Fi password is Kampala2024", "password for the guest
 * network: ...", "(user admin, password Kakuma@2023)". Up to three words may name what it is for;
 * group 1 is the separator (`is`, `:`), group 2 the value. Without a separator the value must
 * look like a password (letters and digits, not starting with a bracket), which the check tests.
 * The word itself stands alone: not `password-protected`, not `tls-passphrase`.
 */
export const PROSE_PASSWORD =
  /(?<![\w-])(?:password|passcode|passphrase|pass\s?word|wi-?fi\s{1,5}(?:key|code|password)|network\s{1,5}key|mot\s{1,5}de\s{1,5}passe|contraseña)(?![\w'’-])(?:\s{1,5}(?:for|to|of|on)\s{1,5}(?:(?:the|our|my|your)\s{1,5})?[^\s:=]{1,30}(?:\s{1,5}[^\s:=]{1,30}){0,2})?(\s{0,5}(?:\bis\b|\bwas\b|\bremains\b|:|=))?\s{0,5}["'“‘«]?([^\s"'”’»]{4,64})/gi;

/**
 * A key or token given in a sentence: "the API key is ...", "access token: ...", "the API key for
 * the export feature is ...". Up to three words may name what it is for; group 1 is the value.
 */
export const PROSE_KEY =
  /\b(?:api|access|secret|private|auth(?:entication)?|bearer|bot|app|license|licence)[ _-]{1,3}(?:key|token|secret)(?:\s{1,5}(?:for|to|of|on)\s{1,5}(?:(?:the|our|my|your)\s{1,5})?[^\s:=]{1,30}(?:\s{1,5}[^\s:=]{1,30}){0,2})?\s{0,5}(?:\bis\b|\bwas\b|:|=)\s{0,5}["'“‘«]?([^\s"'”’»]{12,200})/gi;

/**
 * The key of a network already named in the paragraph: "the Wi-Fi is UNGH-Staff and the key is
 * Mango#2025". Only in a paragraph about Wi-Fi (`WIFI_CONTEXT`); group 1 is the value, which the
 * check wants with letters and digits.
 */
export const NETWORK_KEY = /(?<![\w-])(?:the|its|our|their|your)\s{1,5}(?:key|code|pin|pass)\s{0,5}(?:\bis\b|:)\s{0,5}["'“‘«]?([^\s"'”’»]{6,64})/gi;
/** A paragraph about a wireless network. */
export const WIFI_CONTEXT = /wi-?fi|wlan|ssid|hotspot|router/i;

/** Cheap test for a segment that may give a key in a sentence. */
export const KEY_HINT = /key|token|secret/i;

/** Characters that may trail a value in prose without being part of it. */
export const TRAILING_PUNCTUATION = /[.,;:)\]]{1,5}$/;

/**
 * Values that only refer to a secret kept elsewhere or stand in for one: environment variables
 * (`$X`, `${X}`, `%X%`, `process.env.X`, `os.environ`), template slots (`{{ }}`, `<your-token>`),
 * masked values (`****`, `xxxx`, `...`) and secret-store references.
 */
export const REFERENCE_VALUE =
  /^(?:\$|%[A-Z_]|<|\{|\[|!(?:vault|ref|sub|getatt|env)\b|\*|@microsoft\.keyvault|process\.env|os\.environ|env\.|env\[|getenv|config\.|settings\.|secrets\.|vars\.|self\.|this\.|options\.|params\.|args\.|opts\.|credentials\.|vault:|ref\+|arn:|ssm:|projects\/)/i;

/** Placeholder text anywhere inside a value (`your-api-key-here`, `EXAMPLEKEY`, `changeme`, `P@ssw0rd`). */
export const PLACEHOLDER_TEXT =
  /example|sample|dummy|placeholder|redacted|your|changeme|change[_-]me|passw|p@ss|secret|letmein|hunter2|qwerty|abc123|123456|abcdef|xxxx|\*\*\*|\.\.\.|…/i;

/**
 * Placeholder words that count only as whole words inside a value (`test`, `foo-bar`, `my_token`),
 * so that a real password such as `Contest!2024` is not taken for one.
 */
export const PLACEHOLDER_WORD =
  /(?<![a-z])(?:test|demo|fake|foo|bar|baz|todo|tbd|null|none|nil|undefined|default|string|value|token|apikey|api[_-]key|here|replace|insert|enter|hidden|removed|censored)(?![a-z])/i;

/** A word that starts with a vowel sound letter, for "an" before it. */
export const VOWEL_START = /^[aeiou]/i;

/** Markers that make a provider-shaped token a stand-in (`ghp_xxxx...`, `AKIA...EXAMPLE`). */
export const TOKEN_PLACEHOLDER = /example|sample|dummy|fake|placeholder|redacted|your|xxxx|\*\*\*|\.\.\.|…|(.)\1{5}/i;

/** A capitalised word (`Kampala`): one class of characters, however it is written. */
export const CAPITALISED_WORD = /^[A-Z][a-z]{1,199}$/;
export const LOWER_LETTER = /[a-z]/;
export const UPPER_LETTER = /[A-Z]/;
export const DIGIT = /\d/;
export const SYMBOL = /[^A-Za-z0-9]/;
/** Starts with a letter or digit (not a bracket, quote or dash). */
export const LETTER_FIRST = /^[A-Za-z0-9]/;

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

/**
 * A version label right before a dotted number ("version 10.2.1.4", "V8 to 10.1.124.6",
 * "v10.0.0.1"): not an address.
 */
export const VERSION_BEFORE = /(?:\bv|\bversion|\bver\.?|\brelease|\bbuild|\bupdate[ds]?|\bupgraded?|\bpatch(?:ed)?|\bto|\bfrom|\bkb|\bv8|\bchrome|\bchromium)\s{0,3}$/i;

/**
 * Words that show a dotted number is a network address ("server at 10.0.4.12", "ping", "port"),
 * for the `10.x` range, which also reads as a version number.
 */
export const ADDRESS_CONTEXT =
  /\b(?:ip|ips|ipv4|addresse?s?|server|servers|host|hosts|hostname|gateway|subnet|router|network|dns|vpn|ping|ssh|rdp|smb|connect(?:ed|ing)?|port|lan|wi-?fi|intranet|proxy|firewall|nas|printer|vm|reachable|http|https)\b|:\d{2,5}\b/i;

/** Cheap test for a segment that may hold an internal host name. */
export const INTERNAL_HOST_HINT = /\.(?:local|internal|corp|lan|intranet|localdomain|home\.arpa)(?![\w-])/i;

/** Cheap test for a segment that may hold an IPv4 address. */
export const DIGIT_DOT_DIGIT = /\d\.\d/;

/** Cheap test for a segment that may hold a private IPv6 address. */
export const IPV6_HINT = /f[cde][0-9a-f]{0,2}:/i;

/**
 * A Windows network share path `\\server\share`, also with the backslashes doubled as markdown
 * escapes them (`\\\\server\\share`): group 1 is the server.
 */
export const UNC_PATH = /(?<![\w\\])\\{2,4}([a-z0-9][\w.-]{0,62})\\{1,2}[^\s\\]{1,80}/gi;

/** An intranet site named in prose: `intranet.agency.org`, `intra.example.int`. */
export const INTRANET_IN_PROSE = /(?<![\w.-])(?:intranet|intra)\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}(?![\w-])/gi;

/** A host that is the first label of an intranet site: `intranet.agency.org`, `intra.example.int`. */
export const INTRANET_LABEL = /^(?:intranet|intra|internal)\./i;

/** A Latin letter (any accent). */
export const LATIN_LETTER = /\p{Script=Latin}/u;

/** A letter of a script with Latin look-alikes (Cyrillic, Greek, Armenian, Cherokee). */
export const LOOKALIKE_SCRIPT_LETTER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

/**
 * One pattern that finds any of a list of literal strings (case-sensitive): a single pass over a
 * draft instead of one `includes` per string. Escaped literals only, so linear.
 */
export function literalsRegExp(literals: readonly string[]): RegExp {
  const parts = [...new Set(literals)].filter(Boolean).sort((a, b) => b.length - a.length).map(escapeRegExp);
  return parts.length ? lazyRegExp(parts.join('|')) : /(?!)/;
}

/**
 * One case-insensitive pattern for the configured intranet hosts (`settings.intranetHosts`): each
 * host and its subdomains, not inside a longer name. Built from escaped literals, so linear.
 */
export function intranetHostRegExp(hosts: readonly string[]): RegExp {
  const parts = [...new Set(hosts.map((h) => h.trim().toLowerCase().replace(/^\*?\./, '')).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (parts.length === 0) return /(?!)/g;
  return lazyRegExp(`(?<![\\w.-])(?:[a-z0-9-]{1,63}\\.){0,6}(?:${parts.join('|')})(?![\\w-]|\\.[a-z0-9])`, 'gi');
}

/** All patterns above, for the central ReDoS test. */
export const patterns: Record<string, RegExp> = {
  BLOCKQUOTE_OPEN,
  NETWORK_KEY,
  WIFI_CONTEXT,
  SOCIAL_EMBED_CLASS,
  WEB_PROTOCOL,
  DOWNLOAD_PROTOCOL,
  HOST_BRACKETS,
  TRAILING_DOT,
  WWW_PREFIX,
  HOST_WILDCARD,
  IP_LIKE_HOST,
  TEXT_ADDRESS_WRAPPING,
  TOKEN_PLACEHOLDER,
  VOWEL_START,
  CAPITALISED_WORD,
  LOWER_LETTER,
  UPPER_LETTER,
  DIGIT,
  SYMBOL,
  LETTER_FIRST,
  SOURCE_VIEW_PATH,
  CGI_PATH,
  OFFICIAL_HOST,
  FILE_NAME_DATE,
  LEADING_DATE,
  TEXT_ADDRESS,
  TEXT_ADDRESS_EXPLICIT,
  TEXT_ADDRESS_TOKEN,
  HTTP_SCHEME,
  URL_CREDENTIALS,
  SCHEME_BEFORE,
  INSTALL_VERB,
  SOFTWARE_NOUN,
  SOURCE_INTRO,
  DISABLE_VERB,
  PRONOUN_AFTER,
  POINTS_BACK,
  TURN_VERB,
  OFF_AFTER,
  NEGATION,
  WARNING_WORD,
  PROHIBITION_AFTER,
  CLAUSE_BOUNDARY,
  NOT_A_NEGATION,
  CLAUSE_BREAK,
  CLAUSE_BREAK_AFTER,
  DISABLE_PRONOUN,
  QUESTION_END,
  WORD,
  AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY,
  GITHUB_TOKEN,
  SLACK_TOKEN,
  SLACK_WEBHOOK,
  NPM_TOKEN,
  NPMRC_AUTH_TOKEN,
  SENDGRID_KEY,
  SHOPIFY_TOKEN,
  OPENAI_KEY,
  LINEAR_KEY,
  ONEPASSWORD_TOKEN,
  GOOGLE_API_KEY,
  GOOGLE_OAUTH_SECRET,
  STRIPE_KEY,
  JWT,
  GITLAB_TOKEN,
  TELEGRAM_BOT_TOKEN,
  AZURE_STORAGE_KEY,
  HUGGINGFACE_TOKEN,
  ANTHROPIC_KEY,
  PRIVATE_KEY,
  LINE_BREAK,
  SECRET_NAME_WORD,
  NAME_CHAR,
  NAME_LEAD,
  PASSWORD_HINT,
  ASSIGNED_VALUE,
  NAME_WORD,
  PROSE_PASSWORD,
  PROSE_KEY,
  KEY_HINT,
  TRAILING_PUNCTUATION,
  REFERENCE_VALUE,
  PLACEHOLDER_TEXT,
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
  ADDRESS_CONTEXT,
  INTERNAL_HOST_HINT,
  DIGIT_DOT_DIGIT,
  IPV6_HINT,
  UNC_PATH,
  INTRANET_IN_PROSE,
  INTRANET_LABEL,
  LATIN_LETTER,
  LOOKALIKE_SCRIPT_LETTER,
  INTRANET_HOST_SAMPLE: intranetHostRegExp(['intranet.example.org', 'corp.example']),
  ...SOFTWARE_TRIGGERS.patterns,
  LITERALS_SAMPLE: literalsRegExp(['AKIA', 'ghp_', 'PRIVATE KEY', ':AA']),
};
