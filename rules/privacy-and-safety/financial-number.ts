/**
 * `financial-number`: IBANs (validated with ibantools: country length and checksum), payment
 * cards (known issuer prefix, length and the Luhn checksum) and bank account numbers written
 * next to their label. An organisation's published donation account is not personal.
 */
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';
import { maskValue, matchProse, type CheckContext, type Document } from '../../src/rule-kit/index.js';
import {
  BANK_ACCOUNT, CARD_CANDIDATE, CARD_CONTEXT, CARD_GROUPS, DONATION_CONTEXT, FOUR_DIGIT_RUN, IBAN_CANDIDATE, NON_DIGITS, PERSONAL_CONTACT,
} from './patterns.js';
import { has, lineContext, sentenceText } from './context.js';
import type { Options } from './options.js';

const specs = getCountrySpecifications();

/** The Luhn checksum used by payment cards. */
export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether the issuer prefix and the length fit a card scheme (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir). */
export function cardScheme(digits: string): string | null {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099)) && n === 16) return 'Mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'American Express';
  if ((p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) && n >= 16 && n <= 19) return 'Discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'JCB';
  if ((p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) && n >= 14 && n <= 19) return 'Diners Club';
  if (p2 === 62 && n >= 16 && n <= 19) return 'UnionPay';
  if (p4 >= 2200 && p4 <= 2204 && n === 16) return 'Mir';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'Maestro';
  return null;
}

/** The IBAN at the start of a candidate, cut to its country's length, if it validates. */
export function ibanAt(candidate: string): { iban: string; length: number } | null {
  const spec = specs[candidate.slice(0, 2)];
  if (!spec?.chars) return null;
  let seen = 0;
  let i = 0;
  for (; i < candidate.length && seen < spec.chars; i++) if (candidate[i] !== ' ' && candidate[i] !== '\u00a0') seen++;
  if (seen < spec.chars) return null;
  const raw = candidate.slice(0, i);
  const iban = electronicFormatIBAN(raw);
  return iban && isValidIBAN(iban) ? { iban: raw, length: i } : null;
}

export function financialNumber(doc: Document, ctx: CheckContext<Options>): void {
  const isOrgAccount = (context: string): boolean => has(DONATION_CONTEXT, context) && !has(PERSONAL_CONTACT, context);
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => {
    if (taken.some(([a, b]) => s < b && e > a)) return false;
    taken.push([s, e]);
    return true;
  };
  for (const seg of doc.prose) {
    if (!FOUR_DIGIT_RUN.test(seg.text)) continue;
    for (const { match, start } of matchProse([seg], IBAN_CANDIDATE)) {
      const found = ibanAt(match[0]);
      if (!found) continue;
      if (isOrgAccount(lineContext(seg, start, start + found.length)) || !free(start, start + found.length)) continue;
      ctx.report({ messageId: 'iban', data: { value: maskValue(found.iban, 2, 2) }, start, end: start + found.length });
    }
    for (const { match, start, end } of matchProse([seg], CARD_CANDIDATE)) {
      const digits = match[0].replace(NON_DIGITS, '');
      const scheme = cardScheme(digits);
      if (!scheme || !luhn(digits)) continue;
      const grouped = CARD_GROUPS.test(match[0]);
      if (!grouped && !has(CARD_CONTEXT, sentenceText(doc, seg, start).text)) continue;
      if (!free(start, end)) continue;
      ctx.report({ messageId: 'paymentCard', data: { scheme, value: maskValue(match[0], 0, 4) }, start, end });
    }
    for (const { match, start } of matchProse([seg], BANK_ACCOUNT)) {
      const value = match[2]!;
      const valueStart = start + match[0].lastIndexOf(value);
      if (isOrgAccount(lineContext(seg, start, valueStart + value.length)) || !free(valueStart, valueStart + value.length)) continue;
      ctx.report({ messageId: 'bankAccount', data: { value: maskValue(value, 0, 2) }, start: valueStart, end: valueStart + value.length });
    }
  }
}
