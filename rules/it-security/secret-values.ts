/**
 * Judging candidate secret values: placeholders and documented examples are not findings, a
 * generated token has varied characters, and every value is masked before it reaches a message.
 */
import {
  ADDRESS_VALUE,
  CAPITALISED_WORD,
  DIGIT,
  LOWER_LETTER,
  SYMBOL,
  TOKEN_PLACEHOLDER,
  UPPER_LETTER,
  IDENTIFIER_VALUE,
  NUMBER_VALUE,
  PLACEHOLDER_TEXT,
  PLACEHOLDER_WORD,
  REFERENCE_VALUE,
  REPEATED_RUN,
  SEQUENCE_RUN,
} from './patterns.js';

/**
 * Example keys that providers publish in their documentation: quoting them is not a leak.
 * AWS (docs "Managing access keys"), Stripe (API reference test key), jwt.io (its sample token).
 */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
]);


/**
 * Mask a secret for a message: the first four characters (fewer for short values, so at most a
 * third is shown), then `***`.
 */
export function maskSecret(value: string): string {
  const head = Math.min(4, Math.floor(value.length / 3));
  return `${value.slice(0, head)}***`;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** How many of lower case, upper case, digits and symbols a value uses ("Kampala" counts as one). */
export function characterClasses(value: string): number {
  const body = CAPITALISED_WORD.test(value) ? value.toLowerCase() : value;
  let n = 0;
  if (LOWER_LETTER.test(body)) n++;
  if (UPPER_LETTER.test(body)) n++;
  if (DIGIT.test(body)) n++;
  if (SYMBOL.test(body)) n++;
  return n;
}

/** A documented example key, or one of the configured allowed values. */
export function isDocumentedExample(value: string, allowed: readonly string[] = []): boolean {
  if (DOCUMENTED_EXAMPLES.has(value) || allowed.includes(value)) return true;
  for (const ex of DOCUMENTED_EXAMPLES) if (value.includes(ex)) return true;
  return false;
}

/** A provider-shaped token that is a placeholder (`ghp_xxxxxxxx...`, `...EXAMPLE`, repeated characters). */
export function isPlaceholderToken(value: string): boolean {
  return TOKEN_PLACEHOLDER.test(value) || isDocumentedExample(value);
}

/**
 * A value assigned to a password-like name, or given as a password in prose, that is not a real
 * password: a reference to one kept elsewhere, a placeholder, a word, a number.
 */
export function isPlaceholderPassword(value: string, name = ''): boolean {
  if (value.length < 6) return true;
  if (REFERENCE_VALUE.test(value) || ADDRESS_VALUE.test(value) || value.includes('{{') || value.includes('${')) return true;
  if (IDENTIFIER_VALUE.test(value) || NUMBER_VALUE.test(value)) return true;
  if (PLACEHOLDER_TEXT.test(value) || PLACEHOLDER_WORD.test(value) || REPEATED_RUN.test(value) || SEQUENCE_RUN.test(value)) return true;
  if (name && value.toLowerCase() === name.toLowerCase()) return true;
  if (characterClasses(value) < 2) return true;
  return false;
}

/** Stand-ins for the password of an address (`user:password@`, `admin:<pass>@`, `u:${PASS}@`). */
const URL_PASSWORD_STAND_INS = new Set(['pass', 'pw', 'pwd', 'password', 'passwd', 'secret', 'changeme', 'pass123', 'yourpassword', 'mypassword']);

/**
 * The password part of an address that is only a stand-in. Real but weak passwords (`admin`,
 * `1234`) are still credentials in an address, so the bar is lower than for assignments.
 */
export function isPlaceholderUrlPassword(value: string): boolean {
  if (URL_PASSWORD_STAND_INS.has(value.toLowerCase())) return true;
  if (REFERENCE_VALUE.test(value) || value.includes('{{') || value.includes('${')) return true;
  return PLACEHOLDER_TEXT.test(value) || TOKEN_PLACEHOLDER.test(value);
}

/**
 * A value assigned to a key- or token-like name that is not a generated credential: besides the
 * password tests, it must be long and varied like a generated string.
 */
export function isPlaceholderKey(value: string, name = ''): boolean {
  if (isPlaceholderPassword(value, name)) return true;
  if (value.length < 16) return true;
  return entropy(value) < 3.2;
}
