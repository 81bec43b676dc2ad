/**
 * `neutrality`: Political endorsement, activity and side-taking, including by resharing.
 */
import { defineRule } from '../../src/rule-kit/index.js';
import { endorsement } from './endorsement.js';
import { options, type Options } from './options.js';
import { partisanLanguage } from './partisan-language.js';
import { politicalActivity } from './political-activity.js';
import { resharing } from './resharing.js';

export default defineRule<Options>({
  meta: {
    id: 'neutrality',
    section: 'Observe neutrality',
    description: 'Political endorsement, activity and side-taking, including by resharing.',
    guidance:
      'Staff are bound by codes of conduct that ask for impartiality, integrity and respect for diversity, online as offline and at all hours, on leave too. Stay out of political initiatives, weigh the political reading of what you share, and remember that resharing, liking or following can read as endorsement.',
    messages: {
      endorsement: 'Political endorsement "{{phrase}}": staff stay impartial online and off duty; do not back or oppose parties, candidates or campaigns.',
      slogan: 'Campaign slogan "{{phrase}}": slogans take a side; staff stay out of political campaigns, so leave it out.',
      hashtag: 'Partisan hashtag "{{phrase}}": a campaign hashtag endorses a side; leave it out.',
      politicalActivity: 'Political activity "{{phrase}}": staff do not take part in political initiatives (rallies, petitions, campaign work or donations); leave it out.',
      partisan: 'One-sided political statement "{{phrase}}": impartiality applies online too; state facts neutrally or leave it out.',
      resharing: 'Resharing political content "{{phrase}}": retweets, likes and follows can read as endorsement; leave it out.',
    },
    checks: {
      endorsement: {
        description: 'Backing or opposing parties, candidates, political programmes or campaigns; slogans and partisan hashtags.',
        severity: 'error',
        messages: ['endorsement', 'slogan', 'hashtag'],
      },
      'political-activity': {
        description: 'Joining or calling others to political protests, rallies, petitions, campaign work or donations.',
        severity: 'warn',
        messages: ['politicalActivity'],
      },
      'partisan-language': {
        description: 'Loaded, one-sided statements about governments, parties or politicians.',
        severity: 'warn',
        messages: ['partisan'],
      },
      resharing: {
        description: 'Retweeting, reposting, liking or following political figures or content, by the author or as a call.',
        severity: 'warn',
        messages: ['resharing'],
      },
    },
    options,
  },
  checks: {
    endorsement,
    'political-activity': politicalActivity,
    'partisan-language': partisanLanguage,
    resharing,
  },
});
