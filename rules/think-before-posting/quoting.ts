/**
 * Whether words in a draft are someone else's (a quotation, a blockquote, a title of a work):
 * profanity, insults and tone are judged on the author's own words only. The logic is shared in
 * the rule kit; this module fixes how this rule module uses it.
 */
export { othersWords, type OthersWords } from '../../src/rule-kit/index.js';
