/**
 * Phrases for `think-before-posting/confidential`: markings and wording that show a draft holds
 * internal, confidential or embargoed material. A public service described as confidential ("a
 * free, confidential helpline") or a policy about confidentiality is not a finding.
 */

/**
 * Markings that count only as a label: at the start of a line, in capitals, in brackets, before a
 * colon, or said of this content ("this is for internal use only"). "The dashboard was for
 * internal use only" describes a tool, and "make the method internal only" is about code.
 */
export const LABEL_ONLY_MARKINGS: readonly string[] = [
  'for internal use only', 'internal use only', 'for internal distribution only', 'internal distribution only',
  'internal only', 'for internal eyes only', 'eyes only', 'official use only', 'for official use only',
  'sensitive but unclassified', 'limited distribution', 'restricted distribution', 'un restricted',
  'strictly restricted', 'do not quote', 'do not cite', 'staff only', 'internal', 'restricted', 'sensitive',
];

/** Handling markings flagged wherever they stand: a draft that carries one is not for a public post. */
export const HANDLING_MARKINGS: readonly string[] = [
  'for your eyes only', 'staff only - do not share', 'not for distribution', 'not for public distribution', 'not for circulation', 'not for external circulation',
  'not for public circulation', 'not for publication', 'not for public release', 'not for release',
  'not for attribution', 'not for public consumption', 'not to be shared', 'not to be circulated',
  'not to be distributed', 'not to be forwarded', 'do not distribute', 'do not circulate', 'do not forward',
  'please do not forward', 'do not share externally', 'do not share outside', 'do not share this',
  'please do not share', 'strictly confidential', 'highly confidential', 'private and confidential',
  'confidential draft', 'draft - do not share', 'draft: do not share', 'draft, do not share',
  'draft - not for circulation', 'sensitive - internal',
  'not meant to be public', 'not meant to be shared', 'not supposed to be public', 'not supposed to be shared',
  'not for public eyes', 'not intended for publication', 'not meant for publication', 'for the team only',
  'for team eyes only', 'for staff eyes only',
];

/** Things that, called confidential, are material being disclosed ("the confidential memo"). */
export const CONFIDENTIAL_ARTEFACTS: readonly string[] = [
  'memo', 'memos', 'memorandum', 'report', 'reports', 'briefing', 'briefings', 'brief', 'document', 'documents',
  'doc', 'docs', 'draft', 'drafts', 'figures', 'numbers', 'stats', 'statistics', 'email', 'emails', 'e-mail',
  'e-mails', 'minutes', 'plan', 'plans', 'budget', 'budgets', 'assessment', 'assessments', 'note', 'notes',
  'cable', 'cables', 'presentation', 'slides', 'slide deck', 'deck', 'list', 'results', 'findings', 'audit',
  'investigation', 'proposal', 'strategy', 'letter', 'recording', 'audio', 'video', 'annex', 'spreadsheet',
  'negotiations', 'agreement', 'contract', 'evaluation', 'paper', 'papers', 'file', 'files', 'figure',
];

/** Services and promises that are confidential for the public good: never findings. */
export const CONFIDENTIAL_SERVICES: readonly string[] = [
  'helpline', 'helplines', 'hotline', 'hotlines', 'help line', 'line', 'lines', 'counselling', 'counseling',
  'counsellor', 'counselor', 'service', 'services', 'support', 'advice', 'shelter', 'shelters', 'reporting',
  'channel', 'channels', 'mechanism', 'mechanisms', 'complaint', 'complaints', 'feedback', 'space', 'spaces',
  'testing', 'test', 'tests', 'treatment', 'care', 'consultation', 'consultations', 'session', 'sessions',
  'interview', 'interviews', 'survey', 'surveys', 'questionnaire', 'referral', 'referrals', 'clinic',
  'clinics', 'chat', 'inbox', 'form', 'ombudsman', 'process', 'procedure', 'procedures', 'manner', 'basis',
  'environment', 'setting', 'assistance', 'help', 'hearing', 'hearings', 'tip line', 'tipline', 'whistleblowing',
  'whistle-blowing', 'disclosure',
];

/** Words after which "confidential report" means a service: "file a confidential report". */
export const SERVICE_VERBS: readonly string[] = [
  'file', 'files', 'filed', 'filing', 'make', 'makes', 'made', 'making', 'submit', 'submits', 'submitted',
  'submitting', 'send', 'sends', 'lodge', 'lodged', 'raise', 'raised', 'request', 'requested', 'offer', 'offers',
  'offered', 'offering', 'provide', 'provides', 'provided', 'providing', 'free', 'free,', 'safe', 'safe,',
  'anonymous', 'anonymous,', 'anonymous or', 'secure', 'secure,',
];

/** Words before "confidential X" that show the draft talks about handling, not disclosing. */
export const HANDLING_VERBS: readonly string[] = [
  'protect', 'protects', 'protecting', 'protected', 'handle', 'handles', 'handling', 'store', 'stores',
  'storing', 'secure', 'securing', 'safeguard', 'safeguarding', 'keep', 'keeps', 'keeping', 'manage',
  'managing', 'process', 'processing', 'classify', 'classifying', 'encrypt', 'encrypting', 'share securely',
  'never share', 'not share', 'leak', 'leaking', 'expose', 'exposing', 'how to handle', 'sensitive or',
  'sensitive and', 'personal or', 'personal and', 'private or', 'private and', 'any', 'no', 'without',
];

/** Subjects that make "is confidential / embargoed" about the draft's own content. */
export const CONTENT_SUBJECTS: readonly string[] = [
  'this', 'these', 'it', 'that', 'what follows', 'the following', 'the attached', 'attached', 'this post',
  'this draft', 'this note', 'this update', 'this information', 'this thread', 'this release',
  'the release', 'the press release', 'this press release', 'the report', 'this report', 'the story',
  'this story', 'the statement', 'this statement', 'the announcement', 'this announcement', 'the findings',
  'these findings', 'the figures', 'these figures', 'the numbers', 'these numbers', 'the results',
  'these results', 'the study', 'this study', 'the news', 'this news', 'the data', 'this data', 'the memo',
  'this memo', 'the list', 'this list', 'the plan', 'this plan', 'the budget', 'this budget',
];

/** Things that, "not yet public", are material the draft discloses. */
export const NOT_YET_PUBLIC_SUBJECTS: readonly string[] = [
  'figures', 'numbers', 'data', 'stats', 'statistics', 'results', 'findings', 'report', 'budget', 'plan',
  'plans', 'list', 'decision', 'decisions', 'news', 'announcement', 'restructuring', 'cuts', 'layoffs',
  'redundancies', 'appointment', 'appointments', 'shortlist', 'estimates', 'projections', 'forecast',
  'totals', 'tally', 'count', 'rankings', 'allocation', 'allocations', 'funding', 'pledges', 'cut', 'merger',
  'closure', 'closures', 'reorganisation', 'reorganization', 'relocation', 'evaluation', 'audit',
];
