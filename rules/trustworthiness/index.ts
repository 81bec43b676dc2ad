/**
 * `trustworthiness`: Hearsay, unsourced claims, opinion as fact, uncredited media and anonymous posts.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { optionsSchema, type Options } from './options.js';
import { hearsay } from './hearsay.js';
import { unsourcedClaim } from './unsourced-claim.js';
import { opinionAsFact } from './opinion-as-fact.js';
import { unreadShare } from './unread-share.js';
import { uncreditedMedia } from './uncredited-media.js';
import { anonymousPost } from './anonymous-post.js';
import { staleData } from './stale-data.js';

export default defineRule<Options>({
  meta: {
    id: 'trustworthiness',
    section: 'Be trustworthy',
    description: 'Hearsay, unsourced claims, opinion as fact, uncredited media and anonymous posts.',
    guidance:
      'Post what is accurate and current, not rumour. Be open about who you are and never post about the organisation anonymously. Link to original sources, stick to facts rather than personal opinion, read what you share, credit others and respect copyright, and correct mistakes openly.',
    messages: {
      hearsay: 'Hearsay "{{phrase}}": check the claim with a reliable source and link to it, or leave it out.',
      unsourcedFigure: 'Figure "{{phrase}}" with no source: link to the report it comes from, or name the source in the same sentence or paragraph.',
      unsourcedClaim: 'Claim "{{phrase}}" with no source: link to the study or report, or name it in the same sentence or paragraph.',
      opinionAsFact: 'Opinion on a matter of fact ("{{phrase}}"): say what the evidence shows and link to it, or leave your opinion out.',
      unreadShare: 'Sharing content you have not read ("{{phrase}}"): read it thoroughly before you post or endorse it.',
      uncreditedMedia: 'Content that is not yours with no credit ("{{phrase}}"): name the photographer, author or source and link to the original, or use your own.',
      unattributedQuote: 'Quotation with no attribution: say who said or wrote it, and link to the source where there is one.',
      anonymousPost: 'Post about the UN or its work with no author: add `author: "Your Name"` to the front matter or a byline ("By Your Name"); UN-related posts must not be anonymous.',
      anonymousPostText: 'Post about the UN or its work with no author: sign it with a byline ("By Your Name"); UN-related posts must not be anonymous.',
      anonymousAuthor: 'Anonymous author "{{name}}": sign the post with your name; UN-related posts must not be anonymous.',
      staleData: 'Out-of-date figures "{{phrase}}" ({{year}}) in a post of {{reference}}: give the latest figures with their source, or say why older ones are used.',
    },
    checks: {
      hearsay: {
        description: 'Claims presented as second-hand and unverified ("I heard that", "rumour has it", "unconfirmed reports").',
        severity: 'warn',
        messages: ['hearsay'],
      },
      'unsourced-claim': {
        description: 'Statistics and "studies show" claims with no link or named source in the same sentence or paragraph.',
        severity: 'warn',
        messages: ['unsourcedFigure', 'unsourcedClaim'],
      },
      'opinion-as-fact': {
        description: 'Opinions offered on contested matters of fact ("I think the data is wrong").',
        severity: 'warn',
        messages: ['opinionAsFact'],
      },
      'unread-share': {
        description: 'Links shared while saying they were not read ("haven\'t read it yet, but").',
        severity: 'warn',
        messages: ['unreadShare'],
      },
      'uncredited-media': {
        description: 'Pictures the text shows are someone else\'s with no credit, and quotations with no attribution.',
        severity: 'warn',
        messages: ['uncreditedMedia', 'unattributedQuote'],
      },
      'anonymous-post': {
        description: 'Posts about the UN or its work with no author or byline, or an anonymous one (personal and office blogs).',
        severity: 'off',
        presets: { personal: 'warn', office: 'warn' },
        messages: ['anonymousPost', 'anonymousPostText', 'anonymousAuthor'],
      },
      'stale-data': {
        description: 'Dated figures ("as of 2015") that a date of the post shows to be out of date.',
        severity: 'warn',
        messages: ['staleData'],
      },
    },
    options: optionsSchema,
  },
  checks: {
    hearsay,
    'unsourced-claim': unsourcedClaim,
    'opinion-as-fact': opinionAsFact,
    'unread-share': unreadShare,
    'uncredited-media': uncreditedMedia,
    'anonymous-post': anonymousPost,
    'stale-data': staleData,
  },
});
