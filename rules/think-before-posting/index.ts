/**
 * `think-before-posting`: Judgement before posting: nothing you would not show a news channel, your family or your boss.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { confidential } from './confidential.js';
import { gossip } from './gossip.js';
import { hostileTone } from './hostile-tone.js';
import { insult } from './insult.js';
import { options, type Options } from './options.js';
import { privateConversation } from './private-conversation.js';
import { profanity } from './profanity.js';
import { shouting } from './shouting.js';

export default defineRule<Options>({
  meta: {
    id: 'think-before-posting',
    section: 'Think before you post',
    description: 'Judgement before posting: nothing you would not show a news channel, your family or your boss.',
    guidance:
      'Social media posts by staff are public even when they feel personal: anything written can be found, forwarded and tied back to the organisation. Before posting, ask whether you would be comfortable seeing it on the evening news or read by your manager; if unsure, do not post. The staff rules apply online exactly as they do offline.',
    messages: {
      profanity: 'Profanity or slur "{{word}}": a public post reflects on you and the organisation; leave it out.',
      insult: 'Name-calling "{{phrase}}": criticise decisions, not people, or leave it out.',
      insultPeople: 'Insulting description of people "{{phrase}}": say what happened, not what you think of them.',
      dehumanising: 'Dehumanising language about people "{{phrase}}": describe people with the respect the codes of conduct ask for.',
      mocking: 'Mockery "{{phrase}}": make the point without ridicule; the post is public and tied to the organisation.',
      marking: 'Handling marking "{{phrase}}": material marked like this is not for a public post; post only what has been cleared for release.',
      confidential: 'Confidential material ("{{phrase}}"): do not post internal or confidential information; share only what is public.',
      embargo: 'Embargoed material ("{{phrase}}"): do not post it before the embargo lifts and the content is public.',
      inConfidence: 'Something shared "{{phrase}}": passing on a confidence in a public post breaks trust; leave it out.',
      leaked: 'Leaked document ("{{phrase}}"): do not post or quote leaked material.',
      internalDocument: 'Internal document quoted ("{{phrase}}"): internal material is not for public posts; wait until it is published.',
      notYetPublic: 'Information "{{phrase}}": do not post figures or news before their official release.',
      privateConversation: 'Private-conversation marker "{{phrase}}": nothing on social media is private, direct messages included; write only what you would say in public.',
      gossip: 'Complaint or gossip about the workplace "{{phrase}}": would you want your manager to read it? Raise it privately instead.',
      capitals: 'Sentence in capitals ("{{excerpt}}"): capitals read as shouting; write it in sentence case.',
      punctuation: 'Run of "{{marks}}": repeated exclamation or question marks read as shouting; one is enough.',
      hostileTone: 'Angry, hostile tone in this paragraph ({{signals}}): step back, then rewrite it calmly or do not post it.',
    },
    checks: {
      profanity: {
        description: 'Profanity and slurs (the cuss word list, sureness 2), outside quotations of others, titles of works and code.',
        severity: 'error',
        messages: ['profanity'],
      },
      insult: {
        description: 'Insults and mocking of people, colleagues, beneficiaries, the organisation or other agencies.',
        severity: 'warn',
        messages: ['insult', 'insultPeople', 'dehumanising', 'mocking'],
      },
      confidential: {
        description: 'Confidential, internal or embargoed material: markings, leaked or internal documents, figures not yet public.',
        severity: 'error',
        messages: ['marking', 'confidential', 'embargo', 'inConfidence', 'leaked', 'internalDocument', 'notYetPublic'],
      },
      'private-conversation': {
        description: 'Wording that treats a post as private: "off the record", "just between us", "DM me and I\'ll tell you".',
        severity: 'warn',
        messages: ['privateConversation'],
      },
      gossip: {
        description: 'Complaints and gossip about colleagues, managers or the workplace.',
        severity: 'warn',
        messages: ['gossip'],
      },
      shouting: {
        description: 'Whole sentences in capitals (not acronyms) and runs of "!!!" or "???".',
        severity: 'warn',
        messages: ['capitals', 'punctuation'],
      },
      'hostile-tone': {
        description: 'An angry, hostile paragraph: several signals of anger of more than one kind.',
        severity: 'warn',
        messages: ['hostileTone'],
      },
    },
    options,
  },
  checks: {
    profanity,
    insult,
    confidential,
    'private-conversation': privateConversation,
    gossip,
    shouting,
    'hostile-tone': hostileTone,
  },
});
