/**
 * `secret`: passwords, API keys, tokens and private keys, in prose, code, front matter and link
 * addresses alike: a credential is a credential anywhere. Provider shapes come from secretlint's
 * recommended preset plus the ported patterns below; generic `password = "..."` assignments and
 * passwords given in sentences are judged on the value. Placeholders and documented example keys
 * are not findings; every value is masked in the message.
 */
import { matchProse, matchText, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import type { ItSecurityOptions } from './options.js';
import {
  ANTHROPIC_KEY,
  ASSIGNMENT,
  AZURE_STORAGE_KEY,
  GITLAB_TOKEN,
  GOOGLE_API_KEY,
  GOOGLE_OAUTH_SECRET,
  HUGGINGFACE_TOKEN,
  JWT,
  NAME_WORD,
  PRIVATE_KEY_HEADER,
  PROSE_PASSWORD,
  STRIPE_KEY,
  TELEGRAM_BOT_TOKEN,
  TRAILING_PUNCTUATION,
} from './patterns.js';
import { scanWithSecretlint, type ScannerHit } from './secretlint.js';
import { isDocumentedExample, isPlaceholderKey, isPlaceholderPassword, isPlaceholderToken, maskSecret } from './secret-values.js';

/** Provider shapes that secretlint's preset does not cover, with what each one is. */
const PORTED: ReadonlyArray<{ re: RegExp; kind: string; group?: number }> = [
  { re: GOOGLE_API_KEY, kind: 'Google API key' },
  { re: GOOGLE_OAUTH_SECRET, kind: 'Google OAuth client secret' },
  { re: STRIPE_KEY, kind: 'Stripe secret key' },
  { re: JWT, kind: 'JSON Web Token' },
  { re: GITLAB_TOKEN, kind: 'GitLab access token' },
  { re: TELEGRAM_BOT_TOKEN, kind: 'Telegram bot token' },
  { re: AZURE_STORAGE_KEY, kind: 'Azure storage account key', group: 1 },
  { re: HUGGINGFACE_TOKEN, kind: 'Hugging Face access token' },
  { re: ANTHROPIC_KEY, kind: 'Anthropic API key' },
];

/** Cheap test before running the provider scans: every provider shape contains one of these. */
const PROVIDER_HINTS = ['AKIA', 'ASIA', 'A3T', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'ecret', 'ECRET', 'PRIVATE KEY', 'private_key', 'npm_', '_authToken',
  'xox', 'hooks.slack.com', 'SG.', 'shp', 'gh', 'github_pat_', 'sk-', 'lin_api_', 'ops_', 'AIza', 'GOCSPX-', 'sk_', 'rk_', 'eyJ', 'glpat-', ':AA', 'AccountKey=', 'hf_'];

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
  if (last === 'key' && before === 'api') return 'token';
  return null;
}

interface Hit extends ScannerHit {}

export async function secret(doc: Document, ctx: CheckContext<ItSecurityOptions>): Promise<void> {
  const text = doc.text;
  const allowed = ctx.options.allowedSecrets;
  const hits: Hit[] = [];
  if (PROVIDER_HINTS.some((h) => text.includes(h))) {
    for (const h of await scanWithSecretlint(text, doc.filePath)) {
      if (isPlaceholderToken(h.value) || isDocumentedExample(h.value, allowed)) continue;
      // A private key block is reported on its first line only.
      const nl = h.value.search(/\r?\n/);
      hits.push(nl > 0 && h.kind === 'Private key' ? { ...h, end: h.start + nl, value: h.value.slice(0, nl) } : h);
    }
    for (const { re, kind, group } of PORTED) {
      for (const { match, start } of matchText(text, re)) {
        const value = group ? match[group]! : match[0];
        if (isPlaceholderToken(value) || isDocumentedExample(value, allowed)) continue;
        const at = start + (group ? match[0].indexOf(value) : 0);
        hits.push({ start: at, end: at + value.length, kind, value });
      }
    }
    for (const { match, start } of matchText(text, PRIVATE_KEY_HEADER)) {
      if (isPlaceholderToken(match[1]!)) continue;
      const header = match[0].slice(0, match[0].indexOf('-----', 5) + 5);
      hits.push({ start, end: start + header.length, kind: 'Private key', value: header });
    }
  }
  if (text.includes('=') || text.includes(':')) {
    for (const { match, start } of matchText(text, ASSIGNMENT)) {
      const name = match[1]!;
      const what = secretName(name);
      if (!what) continue;
      let value = match[3]!;
      if (!match[2]) value = value.replace(TRAILING_PUNCTUATION, '');
      const after = text[start + match[0].length] ?? '';
      // `password = getPassword(...)`, `token = data[...]`: code that fetches the value.
      if (after === '(' || after === '[') continue;
      if (isDocumentedExample(value, allowed)) continue;
      if (what === 'password' ? isPlaceholderPassword(value, name) : isPlaceholderKey(value, name)) continue;
      const at = start + match[0].length - match[3]!.length;
      hits.push({ start: at, end: at + value.length, kind: what === 'password' ? 'Password' : 'Secret key or token', value });
    }
  }
  for (const { match, end } of matchProse(doc.prose, PROSE_PASSWORD)) {
    const raw = match[1]!;
    const value = raw.replace(TRAILING_PUNCTUATION, '');
    if (isDocumentedExample(value, allowed) || isPlaceholderPassword(value)) continue;
    const at = end - raw.length;
    hits.push({ start: at, end: at + value.length, kind: 'Password', value });
  }
  for (const h of dropOverlaps(hits)) {
    ctx.report({ messageId: 'secret', data: { kind: h.kind, masked: maskSecret(h.value) }, start: h.start, end: h.end });
  }
}

/** Keep the first of overlapping hits (provider scans come first, so they win over generic ones). */
function dropOverlaps(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of hits) {
    if (kept.some((k) => h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
