/**
 * Every regular expression of the `manager-approval` checks that runs on user text. Each one is
 * linear: alternations of fixed words, bounded runs of spaces, no nested quantifiers. `patterns`
 * lists them all for the central ReDoS test.
 */
import { wordListRegExp } from '../../src/rule-kit/index.js';
import { STRONG_WORK_PHRASES, WEAK_WORK_PHRASES } from './words.js';

export const STRONG_WORK = wordListRegExp(STRONG_WORK_PHRASES, 'giu');
export const WEAK_WORK = wordListRegExp(WEAK_WORK_PHRASES, 'giu');
// A weak work phrase that is the author's own: it starts with "my", "our" or "I".
export const OWN = /^(?:my|our|i)\b/iu;

// A clearance recorded as a line of the text (for drafts without front matter): "Approved by:
// Amina, 2026-05-01", "Clearance: cleared by the head of office". The value runs to the end of the line.
export const APPROVAL_LINE = /^[ \t>*_-]{0,10}(?:approved[ \t]{1,3}by|cleared[ \t]{1,3}by|clearance|approval)[ \t*_]{0,3}:[ \t*_]{0,10}([^\r\n]{1,200})/gimu;

// Signs that a user's format pattern could backtrack badly: a quantified group holding a
// quantifier ("(a+)+", "(\w*x)*", "(a|b+){2,}"), or a back-reference. Checked on the option, not on drafts.
export const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.){0,500}[+*}](?:[^()\\]|\\.){0,500}\)[+*{?]|\\[1-9]|\\k</u;

export const patterns: Record<string, RegExp> = { STRONG_WORK, WEAK_WORK, OWN, APPROVAL_LINE, NESTED_QUANTIFIER };
