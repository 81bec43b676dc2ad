/**
 * Helpers for document-level checks: where to report a finding about the whole draft, reading
 * front-matter fields by any spelling of their key, and finding the author (front matter or byline).
 */
import type { Document } from '../document/types.js';
import { getPath } from '../document/front-matter-scopes.js';

export { UN_SYSTEM_NAMES } from '../config/settings.js';
export type { Settings } from '../types.js';

/** A span for a finding about the whole document: the first line of the front matter, else line 1. */
export function documentAnchor(doc: Document): { start: number; end: number } {
  const start = doc.frontMatter ? doc.frontMatter.start : 0;
  let end = start;
  const text = doc.text;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

/** `approved-by`, `approved_by`, `approvedBy` and `Approved By` all become `approvedby`. */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** A front-matter field found by name, with its source offsets. */
export interface FrontMatterEntry {
  /** The dotted path as written (`author`, `params.author`). */
  path: string;
  value: unknown;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * Front-matter fields whose key (the last part of the path, at most two levels deep, never an
 * array index) matches one of `names` in any spelling (case, `-`, `_`, spaces ignored).
 */
export function frontMatterEntries(doc: Document, names: readonly string[]): FrontMatterEntry[] {
  const fm = doc.frontMatter;
  if (!fm || fm.error) return [];
  const wanted = new Set(names.map(normalizeKey));
  const out: FrontMatterEntry[] = [];
  for (const k of fm.keys) {
    const parts = k.path.split('.');
    if (parts.length > 2 || parts.some((p) => /^\d+$/.test(p))) continue;
    if (!wanted.has(normalizeKey(parts[parts.length - 1]!))) continue;
    out.push({ path: k.path, value: getPath(fm.data, k.path), keyStart: k.keyStart, keyEnd: k.keyEnd, valueStart: k.valueStart, valueEnd: k.valueEnd });
  }
  return out;
}

/**
 * The text of a front-matter value: strings as they are, dates as `YYYY-MM-DD`, numbers and
 * booleans as written, arrays and objects as their parts joined with `, ` (bounded depth).
 */
export function valueText(value: unknown, depth = 0): string {
  if (value === null || value === undefined || depth > 4) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((v) => valueText(v, depth + 1)).filter(Boolean).join(', ');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map((v) => valueText(v, depth + 1)).filter(Boolean).join(', ');
  return '';
}

/** Every string in a front-matter value, recursively (bounded depth). */
export function* stringsOf(value: unknown, depth = 0): Generator<string> {
  if (depth > 6 || value === null || value === undefined) return;
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsOf(v, depth + 1);
  else if (typeof value === 'object' && !(value instanceof Date)) for (const v of Object.values(value as Record<string, unknown>)) yield* stringsOf(v, depth + 1);
}

/** Front-matter keys that name the author, by default. */
export const DEFAULT_AUTHOR_KEYS = [
  'author', 'authors', 'author_name', 'byline', 'by', 'writer', 'writers', 'creator', 'contributor', 'contributors', 'posted_by', 'written_by',
] as const;

/** Author names that say nothing about who wrote the post, by default (compared case-insensitively). */
export const DEFAULT_ANONYMOUS_AUTHORS = [
  'anonymous', 'anon', 'anonymous author', 'anonymous staff member', 'unknown', 'unknown author', 'n/a', 'na', 'none', 'null', 'nobody',
  'no name', 'withheld', 'name withheld', 'author withheld', 'a staff member', 'staff member', 'a un staff member', 'an insider', 'insider',
  'a humanitarian', 'an aid worker', 'admin', 'administrator', 'webmaster', 'guest', '-', '?', 'tbd', 'xxx',
] as const;

// A byline at the start or end of a post: "By Amina Yusuf", "Written by: Amina", "Author: Amina",
// "Posted by @amina". Up to five capitalised name words, then the end of the line or a separator,
// so that "By Friday, the team..." is not a byline. No `i` flag: with it, \p{Lu} would match any letter.
const BYLINE = /^\s{0,40}(?:[Bb]y|BY|[Ww]ritten\s+by|[Pp]osted\s+by|[Ww]ords\s+by|[Tt]ext\s+by|[Ss]tory\s+by|[Aa]uthored\s+by|[Aa]uthor|AUTHOR|[Aa]uteur|[Aa]utrice|[Pp]ar)\s{0,3}:?[ \t]{1,10}[\p{Lu}@][\p{L}\p{M}.'’-]{0,40}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}.'’-]{0,40}){0,4}[ \t]{0,200}(?:[,|·(—–]|-[ \t]|\r|\n|$)/u;
// A signature line that closes a post: "— Amina", "-- Amina, field officer", "~ Amina".
const SIGNATURE = /^\s{0,40}(?:[—–~]|--)[ \t]{0,3}[\p{Lu}][\p{L}\p{M}.'’-]{1,40}(?:[ \t]{1,3}[\p{Lu}][\p{L}\p{M}.'’-]{0,40}){0,4}[ \t]{0,200}(?:[,|·(]|\r|\n|$)/u;
// The lead-in of a byline or signature, to cut it off the name.
const BYLINE_LEAD = /^(?:by|written\s+by|posted\s+by|words\s+by|text\s+by|story\s+by|authored\s+by|author|auteur|autrice|par)\s{0,3}:?\s{0,10}|^(?:[—–~]|--)\s{0,3}/i;

// What a byline's name cannot be: a time ("By Friday, the team...") or the start of a sentence.
const NOT_A_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Tonight|Now|Then|Next|The|This|That|These|Those|Noon|Midnight|Christmas|Easter|Ramadan|Eid|Law|Design|Default|Contrast|Comparison|Far|All|Most|Some|Many)\b/u;
// A finite verb: the line is a sentence, not a byline ("By then, the team had finished").
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\b/iu;

/** The patterns of this file, for the central ReDoS test. */
export const documentLevelPatterns: Record<string, RegExp> = { BYLINE, SIGNATURE, BYLINE_LEAD, NOT_A_NAME, FINITE_VERB };

/** Where the author of a draft is named. */
export interface Authorship {
  source: 'frontMatter' | 'byline';
  /** The name as written. */
  name: string;
  /** Whether the name is one of the anonymous ones. */
  anonymous: boolean;
  start: number;
  end: number;
}

/**
 * The author of a draft: a non-empty front-matter author field, else a byline in the first or
 * last three paragraphs of the body ("By Amina Yusuf", "— Amina"). Null when there is neither.
 */
export function findAuthor(
  doc: Document,
  keys: readonly string[] = DEFAULT_AUTHOR_KEYS,
  anonymousNames: readonly string[] = DEFAULT_ANONYMOUS_AUTHORS,
): Authorship | null {
  const anon = new Set(anonymousNames.map((n) => n.trim().toLowerCase()));
  const isAnon = (s: string): boolean => anon.has(s.trim().toLowerCase().replace(/[.!]{1,20}$/, ''));
  for (const e of frontMatterEntries(doc, keys)) {
    const names = [...stringsOf(e.value)].map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) continue;
    const named = names.filter((n) => !isAnon(n));
    const name = (named[0] ?? names[0])!;
    return { source: 'frontMatter', name, anonymous: named.length === 0, start: e.valueStart, end: e.valueEnd };
  }
  const body = doc.prose.filter((p) => p.kind !== 'frontMatter');
  const ends = body.length <= 6 ? body : [...body.slice(0, 3), ...body.slice(-3)];
  for (const seg of ends) {
    const m = BYLINE.exec(seg.text) ?? SIGNATURE.exec(seg.text);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const line = seg.text.slice(lead).split(/[\r\n]/)[0] ?? '';
    const name = line.replace(BYLINE_LEAD, '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
    if (NOT_A_NAME.test(name) || FINITE_VERB.test(name)) continue;
    return { source: 'byline', name, anonymous: isAnon(name), start: seg.start + lead, end: seg.start + lead + line.trimEnd().length };
  }
  return null;
}
