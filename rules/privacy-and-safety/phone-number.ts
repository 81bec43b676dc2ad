/**
 * `phone-number`: personal phone numbers in prose and in `tel:`/WhatsApp links, validated with
 * libphonenumber-js (full metadata), in international or national format for the configured
 * regions. Official lines (configured, or presented as press office, hotline, switchboard, ...)
 * and near-misses (dates, ISBNs, versions, statistics, order numbers) are left alone.
 */
import { createRequire } from 'node:module';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js/max';
import { matchProse, maskPhone, segmentAt, type CheckContext, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import {
  CANDIDATE_EDGES, CANDIDATE_LEAD, CANDIDATE_SPLIT, DATE_OR_PATH_PREFIX, DATE_SHAPE, DIGIT, DOTTED_VERSION, DOUBLE_ZERO_PREFIX, EMAIL, GROUP_SEPARATORS, INTERNATIONAL_PREFIX, JSON_KEY_BEFORE, ROLE_TITLE_BEFORE, LONG_DIGITS, NATIONAL_START, NON_DIGITS, NON_PHONE_CHARS, PARENS, PHONE_CANDIDATE, PHONE_CONTEXT, PHONE_CURRENCY_BEFORE, PHONE_LINK, PHONE_NEAR_MISS_LABEL, PHONE_PREFILTER, PHONE_SYMBOL, PHONE_UNIT_AFTER, SPACE_THOUSANDS, STRAY_PERCENT, THOUSANDS, TIME_AFTER, TIME_RANGE, YEAR_LIST,
} from './patterns.js';
import { has, isOfficialContext, lineContext, lineRange, phrases, textAfter, textBefore } from './context.js';
import { classifyEmail } from './email-address.js';
import type { Options } from './options.js';

/** Number types that organisations publish, never a person's own line. */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

type PhoneLib = typeof import('libphonenumber-js/max');
let phoneLib: PhoneLib | undefined;

/**
 * libphonenumber-js with its full metadata takes about a quarter of a second to load, more than
 * linting one draft: it is loaded (synchronously, so the check stays synchronous) only when a
 * candidate has passed every cheap test, which most drafts never produce.
 */
function parsePhoneNumberFromString(text: string, region?: CountryCode): PhoneNumber | undefined {
  phoneLib ??= createRequire(import.meta.url)('libphonenumber-js/max') as PhoneLib;
  return phoneLib.parsePhoneNumberFromString(text, region);
}

/** Parse a candidate as a phone number: international if it says so, else the first region where it is valid. */
export function parsePhone(raw: string, regions: readonly string[], lenient: boolean): PhoneNumber | undefined {
  const intl = INTERNATIONAL_PREFIX.test(raw);
  const text = raw.replace(DOUBLE_ZERO_PREFIX, '+');
  if (intl) {
    const p = parsePhoneNumberFromString(text);
    if (!p) return undefined;
    if (p.isValid() || (lenient && p.isPossible())) return p;
    return undefined;
  }
  for (const region of regions) {
    const p = parsePhoneNumberFromString(text, region.toUpperCase() as CountryCode);
    if (p?.isValid()) return p;
  }
  return undefined;
}

/** Whether a candidate is shaped like something other than a phone number. */
export function isNearMiss(candidate: string): boolean {
  const c = candidate.trim();
  const bare = c.replace(PARENS, '');
  return DATE_SHAPE.test(bare) || DATE_OR_PATH_PREFIX.test(c) || YEAR_LIST.test(c) || THOUSANDS.test(c) || TIME_RANGE.test(c) || (DOTTED_VERSION.test(c) && !/^0/.test(c));
}

/** `1 2 3 4 5 6 7`: a list or a sequence, not a phone number (whose groups have two digits or more). */
function mostlySingleDigits(c: string): boolean {
  const groups = c.split(GROUP_SEPARATORS).filter(Boolean);
  return groups.filter((g) => g.length === 1).length * 2 > groups.length;
}

/** Whether the way a number is written says "phone" even without a phone word nearby. */
function phoneShaped(c: string): boolean {
  if (INTERNATIONAL_PREFIX.test(c) || NATIONAL_START.test(c)) return true;
  const groups = c.split(GROUP_SEPARATORS).filter(Boolean);
  return groups.length >= 3 && !SPACE_THOUSANDS.test(c);
}

export function phoneNumber(doc: Document, ctx: CheckContext<Options>): void {
  const regions = ctx.settings.phoneRegions;
  const official = new Set(ctx.settings.organization.officialPhones.map((p) => parsePhone(p, regions, true)?.number ?? p.replace(NON_PHONE_CHARS, '')));
  const extra = ctx.options.officialContactPhrases.length ? [phrases(ctx.options.officialContactPhrases)] : [];
  const seen = new Set<string>();

  /** Official when configured, presented as an office line, or given next to an official e-mail. */
  const isOfficial = (e164: string, context: string, raw: string): boolean => {
    if (official.has(e164)) return true;
    if (isOfficialContext(context, extra)) return true;
    // An e-mail address of an organisation next to the number (in the text or in a mailto: link).
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(raw); m; m = EMAIL.exec(raw)) {
      const kind = classifyEmail(m[0], ctx);
      if (kind !== 'private' && kind !== 'placeholder') return true;
    }
    return false;
  };

  const check = (seg: ProseSegment, text: string, start: number): void => {
    const lead = CANDIDATE_LEAD.exec(text)?.[0].length ?? 0;
    start += lead;
    const raw = text.slice(lead).replace(CANDIDATE_EDGES, '');
    const digits = raw.replace(NON_DIGITS, '');
    if (digits.length < 7 || digits.length > 15 || mostlySingleDigits(raw)) return;
    if (isNearMiss(raw) || TIME_AFTER.test(textAfter(seg, start + raw.length, 3))) return;
    const before = textBefore(seg, start, 40);
    if (PHONE_NEAR_MISS_LABEL.test(before) || PHONE_CURRENCY_BEFORE.test(before) || ROLE_TITLE_BEFORE.test(before)) return;
    if (JSON_KEY_BEFORE.test(textBefore(seg, start, 180))) return;
    if (PHONE_UNIT_AFTER.test(textAfter(seg, start + raw.length, 24))) return;
    const range = lineRange(seg, start, start + raw.length);
    const context = seg.text.slice(range[0] - seg.start, range[1] - seg.start);
    const labelled = has(PHONE_CONTEXT, context) || has(PHONE_SYMBOL, context);
    if (!labelled && (!phoneShaped(raw) || raw.includes('/'))) return;
    const phone = parsePhone(raw, regions, labelled);
    if (!phone || SERVICE_TYPES.has(phone.getType() ?? '')) return;
    if (seen.has(phone.number)) return;
    seen.add(phone.number);
    if (isOfficial(phone.number, context, doc.text.slice(range[0], range[1]))) return;
    ctx.report({ messageId: 'personalPhone', data: { phone: maskPhone(raw) }, start, end: start + raw.length });
  };

  for (const seg of doc.prose) {
    if (!PHONE_PREFILTER.test(seg.text)) continue;
    for (const { match, start } of matchProse([seg], PHONE_CANDIDATE)) {
      const whole = match[0];
      // Two numbers written side by side (`0712 345 678 / 0733 456 789`) come as one candidate.
      const parts = whole.replace(NON_DIGITS, '').length > 15 ? splitCandidate(whole) : [{ text: whole, at: 0 }];
      for (const part of parts) check(seg, part.text, start + part.at);
    }
  }

  for (const link of doc.links) {
    const m = PHONE_LINK.exec(link.url);
    if (!m || link.urlStart === null || link.urlEnd === null) continue;
    const raw = decodeURIComponent(m[1]!.replace(STRAY_PERCENT, '')).trim();
    const phone = parsePhone(LONG_DIGITS.test(raw) && !raw.startsWith('0') && !link.url.startsWith('tel') ? `+${raw}` : raw, regions, true);
    if (!phone || SERVICE_TYPES.has(phone.getType() ?? '') || seen.has(phone.number)) continue;
    seen.add(phone.number);
    const seg = segmentAt(doc, link.start);
    const context = `${link.text} ${seg ? lineContext(seg, Math.max(seg.start, link.start), Math.min(seg.end, link.end)) : ''}`;
    if (isOfficial(phone.number, context, `${link.url} ${context}`)) continue;
    ctx.report({ messageId: 'personalPhone', data: { phone: maskPhone(raw) }, start: link.urlStart, end: link.urlEnd });
  }
}

/** Split a run that holds several numbers at slashes or wide gaps. */
function splitCandidate(whole: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let last = 0;
  CANDIDATE_SPLIT.lastIndex = 0;
  for (let m = CANDIDATE_SPLIT.exec(whole); m; m = CANDIDATE_SPLIT.exec(whole)) {
    out.push({ text: whole.slice(last, m.index), at: last });
    last = m.index + m[0].length;
  }
  out.push({ text: whole.slice(last), at: last });
  return out.filter((p) => DIGIT.test(p.text));
}
