/**
 * Which findings flag personal data or secrets, and how to show their spans masked. Formats that
 * show a draft's text (HTML, Word quotes, rule docs) mask these spans so that no output repeats
 * the leak the finding is about.
 */
import { maskValue } from '../rule-kit/index.js';

/** Modules all of whose findings flag personal data. */
const SENSITIVE_MODULES = new Set(['privacy-and-safety']);
/** Single checks of other modules that flag secrets. */
const SENSITIVE_CHECKS = new Set(['it-security/secret', 'it-security/credentials-in-url']);
// A plugin check whose name says it finds a secret (`acme/api-key`, `acme/password-in-text`).
const SECRET_NAME = /(?:^|[-_/])(?:secrets?|credentials?|passwords?|tokens?|api-?keys?|private-?keys?)(?:$|[-_])/;

/** Whether the span a finding flags holds personal data or a secret and must be shown masked. */
export function isSensitiveRule(ruleId: string): boolean {
  const slash = ruleId.indexOf('/');
  const moduleId = slash < 0 ? ruleId : ruleId.slice(0, slash);
  return SENSITIVE_MODULES.has(moduleId) || isSecretRule(ruleId);
}

/** Whether a finding flags a secret (a password, key or token): its span keeps no trailing characters. */
export function isSecretRule(ruleId: string): boolean {
  const slash = ruleId.indexOf('/');
  return SENSITIVE_CHECKS.has(ruleId) || (slash >= 0 && SECRET_NAME.test(ruleId.slice(slash + 1)));
}

/** The span of a finding to mask, or null when the finding is not about personal data or a secret. */
export function sensitiveSpan(ruleId: string, start: number, end: number): Span | null {
  if (!isSensitiveRule(ruleId)) return null;
  return isSecretRule(ruleId) ? { start, end, secret: true } : { start, end };
}

/**
 * Mask a span with the rule kit's `maskValue`, keeping its length in UTF-16 code units, so that
 * offsets computed on the original text still apply to the masked one. Personal data keeps two
 * leading and two trailing letters or digits (`+25* *** *** *12`); a secret keeps only two leading.
 */
export function maskSpan(text: string, secret = false): string {
  const masked = [...maskValue(text, 2, secret ? 0 : 2)];
  const original = [...text];
  let out = '';
  for (let i = 0; i < original.length; i++) {
    const o = original[i]!;
    const m = masked[i] ?? '*';
    out += m === o ? o : '*'.repeat(o.length);
  }
  return out;
}

/** A half-open range of offsets. */
export interface Span {
  start: number;
  end: number;
  /** A secret: masked more strictly (see `maskSpan`). */
  secret?: boolean;
}

/** Merge overlapping or touching spans, sorted by start. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (s.secret) last.secret = true;
    } else out.push({ start: s.start, end: s.end, ...(s.secret ? { secret: true } : {}) });
  }
  return out;
}

/** The text with every span masked (same length as the input). */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const s of mergeSpans(spans)) {
    const start = Math.max(at, Math.min(s.start, text.length));
    const end = Math.min(s.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + maskSpan(text.slice(start, end), s.secret === true);
    at = end;
  }
  return out + text.slice(at);
}
