/**
 * `secret`: passwords, API keys, tokens and private keys, in prose, code, front matter and link
 * addresses alike: a credential is a credential anywhere. Provider token shapes are ported from
 * secretlint's recommended preset and gitleaks (see patterns.ts); generic `password = "..."`
 * assignments and passwords given in sentences are judged on the value. Placeholders and
 * documented example keys are not findings; every value is masked in the message.
 *
 * Why ported rather than run through secretlint: secretlint 10 (the last line for Node 20) marks
 * every rule run with `performance.mark()` and its profiler keeps every mark, scanning the whole
 * list on each one, so the cost of a file grows with the number of files already linted in the
 * process (secretlint issues #1633 and #1653, fixed only in the Node 22 line).
 */
import { matchProse, matchText, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import type { ItSecurityOptions } from './options.js';
import {
  ANTHROPIC_KEY,
  ASSIGNED_VALUE,
  AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY,
  AZURE_STORAGE_KEY,
  GITHUB_TOKEN,
  GITLAB_TOKEN,
  GOOGLE_API_KEY,
  GOOGLE_OAUTH_SECRET,
  HUGGINGFACE_TOKEN,
  JWT,
  DIGIT,
  LETTER_FIRST,
  LINE_BREAK,
  LOWER_LETTER,
  UPPER_LETTER,
  literalsRegExp,
  LINEAR_KEY,
  NAME_CHAR,
  NAME_LEAD,
  PASSWORD_HINT,
  NAME_WORD,
  NPM_TOKEN,
  NPMRC_AUTH_TOKEN,
  ONEPASSWORD_TOKEN,
  OPENAI_KEY,
  PRIVATE_KEY,
  PROSE_PASSWORD,
  NETWORK_KEY,
  WIFI_CONTEXT,
  PROSE_KEY,
  KEY_HINT,
  SECRET_NAME_WORD,
  SENDGRID_KEY,
  SHOPIFY_TOKEN,
  SLACK_TOKEN,
  SLACK_WEBHOOK,
  STRIPE_KEY,
  TELEGRAM_BOT_TOKEN,
  TRAILING_PUNCTUATION,
} from './patterns.js';
import { SpanSet } from './spans.js';
import { isDocumentedExample, isPlaceholderKey, isPlaceholderPassword, isPlaceholderToken, maskSecret } from './secret-values.js';

/** A provider shape: the pattern, literals of which every match contains one (a cheap test first), what it is. */
interface Provider {
  re: RegExp;
  hints: readonly string[];
  kind: string;
  /** Capture group holding the secret, when the match also holds its name. */
  group?: number;
}

const PROVIDERS: readonly Provider[] = [
  { re: PRIVATE_KEY, hints: ['PRIVATE KEY'], kind: 'Private key' },
  { re: AWS_ACCESS_KEY_ID, hints: ['AKIA', 'ASIA', 'A3T', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA'], kind: 'AWS access key ID' },
  { re: AWS_SECRET_ACCESS_KEY, hints: ['ecret', 'ECRET'], kind: 'AWS secret access key', group: 1 },
  { re: GITHUB_TOKEN, hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], kind: 'GitHub token' },
  { re: SLACK_TOKEN, hints: ['xox', 'xapp-'], kind: 'Slack token' },
  { re: SLACK_WEBHOOK, hints: ['hooks.slack.com'], kind: 'Slack webhook address' },
  { re: NPM_TOKEN, hints: ['npm_'], kind: 'npm access token' },
  { re: NPMRC_AUTH_TOKEN, hints: ['_authToken='], kind: 'npm access token', group: 1 },
  { re: SENDGRID_KEY, hints: ['SG.'], kind: 'SendGrid API key' },
  { re: SHOPIFY_TOKEN, hints: ['shp'], kind: 'Shopify access token' },
  { re: OPENAI_KEY, hints: ['T3BlbkFJ'], kind: 'OpenAI API key' },
  { re: LINEAR_KEY, hints: ['lin_api_'], kind: 'Linear API key' },
  { re: ONEPASSWORD_TOKEN, hints: ['ops_ey'], kind: '1Password service account token' },
  { re: GOOGLE_API_KEY, hints: ['AIza'], kind: 'Google API key' },
  { re: GOOGLE_OAUTH_SECRET, hints: ['GOCSPX-'], kind: 'Google OAuth client secret' },
  { re: STRIPE_KEY, hints: ['k_live_', 'k_test_', 'k_prod_'], kind: 'Stripe secret key' },
  { re: JWT, hints: ['eyJ'], kind: 'JSON Web Token' },
  { re: GITLAB_TOKEN, hints: ['glpat-'], kind: 'GitLab access token' },
  { re: TELEGRAM_BOT_TOKEN, hints: [':AA'], kind: 'Telegram bot token' },
  { re: AZURE_STORAGE_KEY, hints: ['AccountKey='], kind: 'Azure storage account key', group: 1 },
  { re: HUGGINGFACE_TOKEN, hints: ['hf_'], kind: 'Hugging Face access token' },
  { re: ANTHROPIC_KEY, hints: ['sk-ant-'], kind: 'Anthropic API key' },
];

/** One pass that tells whether any provider shape can be in a draft at all (most drafts: no). */
const ANY_PROVIDER = literalsRegExp(PROVIDERS.flatMap((p) => p.hints));

/** Name words that make an assignment a password. */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode']);
/** Name words that make an assignment a key or token. */
const TOKEN_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials']);
/** Words before `key` that make it a secret key (`api_key`, `SECRET_KEY`, `private-key`). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'auth', 'client', 'signing', 'encryption', 'master', 'app', 'license', 'licence', 'subscription']);

/** What a name says its value is: a password, a key or token, or nothing secret. */
export function secretName(name: string): 'password' | 'token' | null {
  const words = (name.match(NAME_WORD) ?? []).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (!last) return null;
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (TOKEN_WORDS.has(last)) return 'token';
  if (last === 'key' && before && KEY_QUALIFIERS.has(before)) return 'token';
  return null;
}

interface Hit {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/** Provider-shaped tokens anywhere in the text. */
function providerHits(text: string, allowed: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  if (!ANY_PROVIDER.test(text)) return hits;
  for (const { re, hints, kind, group } of PROVIDERS) {
    if (!hints.some((h) => text.includes(h))) continue;
    for (const { match, start } of matchText(text, re)) {
      if (re === PRIVATE_KEY) {
        // Reported on the header line; the message shows the masked start of the key itself.
        const body = match[1]!;
        if (isPlaceholderToken(body) || isDocumentedExample(body, allowed)) continue;
        hits.push({ start, end: start + match[0].search(LINE_BREAK), kind, value: body });
        continue;
      }
      const value = group ? match[group]! : match[0];
      if (isDocumentedExample(value, allowed) || isPlaceholderToken(value)) continue;
      const at = start + (group ? match[0].lastIndexOf(value) : 0);
      hits.push({ start: at, end: at + value.length, kind, value });
    }
  }
  return hits;
}

/** Values assigned to secret names: `DB_PASSWORD=...`, `"apiKey": "..."`, `token: ...`. */
function assignmentHits(text: string, allowed: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  SECRET_NAME_WORD.lastIndex = 0;
  for (let m = SECRET_NAME_WORD.exec(text); m; m = SECRET_NAME_WORD.exec(text)) {
    let from = m.index;
    let to = m.index + m[0].length;
    while (from > 0 && to - from < 80 && NAME_CHAR.test(text[from - 1]!)) from--;
    while (to < text.length && to - from < 80 && NAME_CHAR.test(text[to]!)) to++;
    SECRET_NAME_WORD.lastIndex = to;
    if (from > 0 && text[from - 1] === '$') continue;
    const name = text.slice(from, to).replace(NAME_LEAD, '');
    const what = secretName(name);
    if (!what) continue;
    ASSIGNED_VALUE.lastIndex = to;
    const v = ASSIGNED_VALUE.exec(text);
    if (!v) continue;
    let value = v[2]!;
    if (!v[1]) value = value.replace(TRAILING_PUNCTUATION, '');
    const end = ASSIGNED_VALUE.lastIndex;
    // `password = getPassword(...)`, `token = data[...]`: code that fetches the value.
    if (text[end] === '(' || text[end] === '[') continue;
    if (isDocumentedExample(value, allowed)) continue;
    if (what === 'password' ? isPlaceholderPassword(value, name) : isPlaceholderKey(value, name)) continue;
    const at = end - v[2]!.length;
    hits.push({ start: at, end: at + value.length, kind: what === 'password' ? 'Password' : 'Secret key or token', value });
  }
  return hits;
}

/** Keys and tokens given in sentences: "the API key is ...", "access token: ...". */
function proseKeyHits(doc: Document, allowed: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const prose = doc.prose.filter((seg) => KEY_HINT.test(seg.text));
  for (const { match, end } of matchProse(prose, PROSE_KEY)) {
    const raw = match[1]!;
    const value = raw.replace(TRAILING_PUNCTUATION, '');
    if (isDocumentedExample(value, allowed) || isPlaceholderKey(value)) continue;
    const at = end - raw.length;
    hits.push({ start: at, end: at + value.length, kind: 'Secret key or token', value });
  }
  return hits;
}

/** Passwords given in sentences: "the Wi-Fi password is ...". */
function prosePasswordHits(doc: Document, allowed: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const prose = doc.prose.filter((seg) => PASSWORD_HINT.test(seg.text));
  for (const { match, end } of matchProse(prose, PROSE_PASSWORD)) {
    const raw = match[2]!;
    const value = raw.replace(TRAILING_PUNCTUATION, '');
    if (isDocumentedExample(value, allowed) || isPlaceholderPassword(value)) continue;
    // "password Kakuma@2023" without "is" or ":": only a value with letters and digits that does
    // not open with a bracket or quote ("an empty password and/or salt", "passphrase (Luigi").
    if (!match[1] && !(LETTER_FIRST.test(value) && DIGIT.test(value) && (LOWER_LETTER.test(value) || UPPER_LETTER.test(value)))) continue;
    const at = end - raw.length;
    hits.push({ start: at, end: at + value.length, kind: 'Password', value });
  }
  return hits;
}

/** The key of a Wi-Fi network named earlier in the paragraph: "... the key is Mango#2025". */
function networkKeyHits(doc: Document, allowed: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const prose = doc.prose.filter((seg) => WIFI_CONTEXT.test(seg.text));
  for (const { match, end } of matchProse(prose, NETWORK_KEY)) {
    const raw = match[1]!;
    const value = raw.replace(TRAILING_PUNCTUATION, '');
    if (isDocumentedExample(value, allowed) || isPlaceholderPassword(value)) continue;
    // A code, not a word: letters and digits ("the key is to restart the router" is advice).
    if (!(LETTER_FIRST.test(value) && DIGIT.test(value) && (LOWER_LETTER.test(value) || UPPER_LETTER.test(value)))) continue;
    const at = end - raw.length;
    hits.push({ start: at, end: at + value.length, kind: 'Password', value });
  }
  return hits;
}

export function secret(doc: Document, ctx: CheckContext<ItSecurityOptions>): void {
  const allowed = ctx.options.allowedSecrets;
  const hits = [...providerHits(doc.text, allowed), ...assignmentHits(doc.text, allowed), ...prosePasswordHits(doc, allowed), ...networkKeyHits(doc, allowed), ...proseKeyHits(doc, allowed)];
  for (const h of dropOverlaps(hits)) {
    ctx.report({ messageId: 'secret', data: { kind: h.kind, masked: maskSecret(h.value) }, start: h.start, end: h.end });
  }
}

/** Keep the first of overlapping hits (provider shapes come first, so they win over generic ones). */
function dropOverlaps(hits: Hit[]): Hit[] {
  const spans = new SpanSet();
  return hits.filter((h) => spans.add(h.start, h.end)).sort((a, b) => a.start - b.start);
}
