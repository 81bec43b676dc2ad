/**
 * Word lists of the `manager-approval` checks. A communications officer can extend them;
 * patterns.ts builds the regular expressions from them. Matching is case-insensitive and a
 * straight apostrophe also matches a curly one.
 */

/**
 * Phrases that on their own show a draft is about the author's own function, team, mission or
 * assignment.
 */
export const STRONG_WORK_PHRASES = [
  'in my role as', 'in my capacity as', 'in my current role', 'in my new role', 'my role as', 'my job as', 'my position as', 'my post as',
  'as part of my job', 'as part of my work', 'as part of my duties', 'as part of my assignment', 'part of my job', 'my work here at', 'my work with the',
  'my assignment', 'my assignments', 'my deployment', 'my secondment', 'my duty station', 'my posting in', 'my posting to', 'my mission in',
  'my field mission', 'my first mission', 'my last mission', 'on mission to', 'on mission in', 'my contract ends', 'my contract with',
  'this week my team', 'this month my team', 'today my team', 'my team and i', 'my team and me', 'my team at', 'my team in', 'my unit at', 'our unit at',
  'our programme in', 'our programmes in', 'our program in', 'our programs in', 'our project in', 'our projects in', 'our operation in', 'our operations in',
  'our response in', 'our office in', 'our country office', 'our field office', 'our sub-office', 'our regional office', 'our country team', 'our team in',
  'our mission in', 'the team i lead', 'the team i manage', 'the unit i lead', 'the office i lead', 'my colleagues at the office', 'my colleagues in the field',
  'my colleagues and i', 'i work for the', 'i work for', 'i have been working on', "i've been working on", 'i lead the', 'i manage the', 'i coordinate the',
  'i am the focal point', "i'm the focal point", 'as focal point for', 'my first day at', 'my last day at', 'my first week at', 'since i joined the',
  'when i joined the', 'at our headquarters', 'back at the office', 'my field visit', 'our field visit', 'during a field visit', 'on a field visit',
  'our beneficiaries', 'our implementing partners', 'our donors', 'my supervisor', 'my line manager', 'my head of office', 'my country director',
];

/**
 * Phrases that hint at work; two different ones are needed to call a draft work-related, and one
 * of them must be the author's own ("my", "our", "I"): a pottery workshop and a school field trip
 * are not a work post.
 */
export const WEAK_WORK_PHRASES = [
  'my team', 'our team', 'my colleagues', 'our colleagues', 'my manager', 'my boss', 'my office', 'our office', 'at work', 'at the office', 'my job',
  'my work', 'our work', 'our project', 'our projects', 'our programme', 'our programmes', 'our program', 'our partners', 'our mission', 'my mission',
  'field visit', 'field trip', 'workshop', 'our staff', 'our organisation', 'our organization', 'our agency', 'my agency', 'our operation', 'our operations',
  'duty travel', 'the field', 'headquarters', 'the project', 'the programme', 'the program', 'our donors', 'the donors', 'i work',
];

/** Front-matter keys that record a manager's clearance, by default. */
export const APPROVAL_KEYS = ['approved-by', 'approved_by', 'approvedBy', 'clearance', 'cleared-by', 'cleared_by', 'clearedBy'];

/** Values of an approval field that record no approval yet (compared case-insensitively). */
export const PENDING_VALUES = [
  'no', 'false', 'none', 'n/a', 'na', 'pending', 'tbd', 'tbc', 'todo', 'to do', 'not yet', 'awaiting', 'awaiting approval', 'requested', 'waiting',
  'in progress', 'draft', 'unknown', 'not approved', 'not cleared', 'no clearance', 'rejected', 'denied', '?', '-', 'xxx', 'name', 'name, date',
];
