/**
 * Unit tests for the tricky parts of `trustworthiness` (what counts as a source, as the author's own
 * figures, as an attributed quotation, as a byline), the rule-kit helpers it added, and adversarial
 * inputs (100 KB and 200 KB) through every pattern and through the whole module.
 */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtinRules } from '../../rules/index.js';
import { patterns } from '../../rules/trustworthiness/patterns.js';
import { hasLinkIn, insideQuotation, paragraphSourced } from '../../rules/trustworthiness/context.js';
import { unattributedQuotes } from '../../rules/trustworthiness/quotations.js';
import { createDocument } from '../../src/document/parse.js';
import { documentAnchor, findAuthor, hasAnyWord, normalizeKey, valueText } from '../../src/rule-kit/index.js';
import { UNREAD, UNREAD_KEYS } from '../../rules/trustworthiness/patterns.js';
import { lintSource } from '../../src/lint-source.js';
import { buildConfig } from '../../src/config/load.js';

const ID = 'trustworthiness';

async function onlyThisModule(extra: Record<string, unknown> = {}) {
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) if (m.meta.id !== ID) rules[m.meta.id] = 'off';
  Object.assign(rules, (extra.rules as Record<string, unknown>) ?? {});
  return buildConfig(path.join(os.tmpdir(), '.unlinterrc.json'), { ...extra, rules, reportUnusedDirectives: 'off' });
}

async function findings(text: string, extra: Record<string, unknown> = {}, file = 'draft.md') {
  const result = await lintSource(text, path.join(os.tmpdir(), file), await onlyThisModule(extra));
  return result.messages.filter((m) => m.ruleId.startsWith(`${ID}/`));
}

const checks = async (text: string, extra: Record<string, unknown> = {}, file = 'draft.md') =>
  (await findings(text, extra, file)).map((m) => m.ruleId.slice(ID.length + 1));

describe('hearsay', () => {
  it('flags second-hand claims, not hearing a sound or learning news', async () => {
    expect(await checks('I heard that the border will close on Monday.')).toEqual(['hearsay']);
    expect(await checks('I heard the children singing in the new classroom.')).toEqual([]);
    expect(await checks('I applied when I heard that the office was recruiting.')).toEqual([]);
    expect(await checks('We heard from the parents that they want more classes.')).toEqual([]);
  });
  it('reads "apparently" as hearsay only where it qualifies a claim', async () => {
    expect(await checks('Apparently, the distribution is cancelled.')).toEqual(['hearsay']);
    expect(await checks('The road, apparently, is closed again.')).toEqual(['hearsay']);
    expect(await checks('It was an apparently simple task that took three days.')).toEqual([]);
    expect(await checks('Apparently [the study](https://example.org/s) found the same in 2019.')).toEqual([]);
  });
  it('accepts a reported claim whose paragraph names its source', async () => {
    expect(await checks('The minister reportedly resigned last night.')).toEqual(['hearsay']);
    expect(await checks('The minister reportedly resigned last night, according to Reuters.')).toEqual([]);
  });
  it('adds configured phrases', async () => {
    const extra = { rules: { [ID]: ['warn', { hearsayPhrases: ['via the bush telegraph'] }] } };
    expect(await checks('We learnt via the bush telegraph that the clinic will close.', extra)).toEqual(['hearsay']);
  });
});

describe('unsourced-claim', () => {
  it('flags statistics about people and the world with no source', async () => {
    expect(await checks('In the camps, 45% of the refugees are children.')).toEqual(['unsourced-claim']);
    expect(await checks('More than 2.3 million people have been displaced by the floods.')).toEqual(['unsourced-claim']);
    expect(await checks('One in five children under five is malnourished.')).toEqual(['unsourced-claim']);
    expect(await checks('Studies show that girls who finish school marry later.')).toEqual(['unsourced-claim']);
  });
  it('leaves figures about the author\'s own work alone', async () => {
    expect(await checks('This week our team trained 1,200 nurses and we reached 12,000 children.')).toEqual([]);
    expect(await checks('Around 43% of our staff work in the field offices, and they love it.')).toEqual([]);
    expect(await checks('More than 1,500 people attended the festival on Saturday afternoon.')).toEqual([]);
  });
  it('does not take years, ratings, records or other people\'s studies for statistics', async () => {
    expect(await checks('In 2015 refugees arrived from the north and settled by the river.')).toEqual([]);
    expect(await checks('Participants gave the training a score of 7.4 out of 10 overall.')).toEqual([]);
    expect(await checks('So far 3 out of 14 challenges have been solved by the teams.')).toEqual([]);
    expect(await checks('Her studies show real promise, and the district wants to fund more of them.')).toEqual([]);
    expect(await checks('Schedule 25% more time than you would for testing with the general population.')).toEqual([]);
  });
  it('accepts a link, a named source or a source line for the paragraph or its list', async () => {
    expect(await checks('In the camps, 45% of the refugees are children ([OCHA](https://example.org)).')).toEqual([]);
    expect(await checks('UNHCR estimates that 45% of the refugees in the camps are children.')).toEqual([]);
    expect(await checks('- 45% of the refugees in the camps are children.\n- Only 12% of the appeal is funded.\n\nSource: OCHA, May 2026.\n')).toEqual([]);
    expect(await checks('A [new survey](https://example.org/s) found:\n\n- 38% of households in the north lack a latrine.\n')).toEqual([]);
  });
  it('takes a figure inside a quotation as the speaker\'s', async () => {
    expect(await checks('“We registered 4,000 new refugees this month,” the camp manager told us.')).toEqual([]);
  });
  it('reads the name a post gives itself as "we": only that name, not any organisation', async () => {
    const intro = 'Ten years ago we launched Riverside Works to help towns build better services.\n\n';
    expect(await checks(intro + 'Riverside Works staff records show that 70% of people leaving Riverside Works stay in public service.')).toEqual([]);
    expect(await checks('At Riverside Works, we track careers.\n\nLast year 70% of people leaving Riverside Works stayed in public service.')).toEqual([]);
    expect(await checks(intro + 'Hilltop Office staff records show that 70% of people leaving Hilltop Office stay in public service.')).toEqual(['unsourced-claim']);
    expect(await checks('Riverside Works staff records show that 70% of people leaving Riverside Works stay in public service.')).toEqual(['unsourced-claim']);
  });
  it('reads a figure in a walkthrough of a linked app as what the app shows', async () => {
    const intro = 'Try the [district map](https://example.org/map).\n\n';
    expect(await checks(intro + 'Click a district on the map and you\'ll see its chart. (For the north, 12% of children were out of school.)')).toEqual([]);
    expect(await checks('Click a district on the map and you\'ll see its chart. (For the north, 12% of children were out of school.)')).toEqual(['unsourced-claim']);
    expect(await checks(intro + 'Across the north, 12% of children are out of school.')).toEqual(['unsourced-claim']);
  });
  it('takes an impersonal "it has been shown" in meeting notes as the meeting\'s conclusion, not other claims', async () => {
    const notes = '---\ntitle: Minutes of the data working group meeting\n---\n\n';
    expect(await checks(notes + 'It has been shown that open data alone does not get reused.')).toEqual([]);
    expect(await checks(notes + 'Studies show that open data alone does not get reused.')).toEqual(['unsourced-claim']);
    expect(await checks('---\ntitle: Why reuse matters\n---\n\nIt has been shown that open data alone does not get reused.')).toEqual(['unsourced-claim']);
  });
});

describe('paragraphSourced', () => {
  it('follows a list back to the paragraph that introduces it', () => {
    const doc = createDocument('The [report](https://example.org) lists:\n\n- one\n- 40% of children are stunted\n', 'a.md');
    const item = doc.prose.find((p) => p.text.includes('40%'))!;
    expect(paragraphSourced(doc, item)).toBe(true);
  });
  it('is false for a lone paragraph with no source', () => {
    const doc = createDocument('Some 40% of children are stunted.\n', 'a.md');
    expect(paragraphSourced(doc, doc.prose[0]!)).toBe(false);
  });
});

describe('hasLinkIn', () => {
  it('finds a link that starts before the span and reaches into it', () => {
    const doc = createDocument('[A term allegedly coined in 1976](https://example.org/t) is catchy.', 'a.md');
    const at = doc.text.indexOf('allegedly');
    expect(hasLinkIn(doc, at, at + 9)).toBe(true);
    expect(hasLinkIn(doc, doc.text.indexOf('catchy'), doc.text.length)).toBe(false);
  });
});

describe('insideQuotation', () => {
  it('counts curly and straight marks', () => {
    expect(insideQuotation('She said: “I think')).toBe(true);
    expect(insideQuotation('“Yes,” she said, and I think')).toBe(false);
    expect(insideQuotation('He wrote "the figures')).toBe(true);
  });
});

describe('opinion-as-fact', () => {
  it('flags an opinion that settles a matter of fact', async () => {
    expect(await checks('In my opinion the cholera outbreak is over.')).toEqual(['opinion-as-fact']);
    expect(await checks('I think the casualty figures are exaggerated.')).toEqual(['opinion-as-fact']);
  });
  it('leaves taste, experience, belief in something and quoted opinions alone', async () => {
    expect(await checks('I think the mango season is the best time to visit.')).toEqual([]);
    expect(await checks('I feel the vaccination campaign went really well.')).toEqual([]);
    expect(await checks('I believe in the data we collect with the communities.')).toEqual([]);
    expect(await checks('The nurse told me: “I think the outbreak is over now.”')).toEqual([]);
  });
});

describe('unread-share', () => {
  it('flags the author sharing what they have not read', async () => {
    expect(await checks("Haven't read it yet but sharing: https://example.org/report", {}, 'post.txt')).toEqual(['unread-share']);
    expect(await checks("I didn't read the whole thing, but [worth a look](https://example.org).")).toEqual(['unread-share']);
  });
  it('leaves the reader, and unread reports that are not shared, alone', async () => {
    expect(await checks("If you haven't read the [annual report](https://example.org) yet, start with chapter two.")).toEqual([]);
    expect(await checks("I haven't read the final report yet, so I will write about it next month.")).toEqual([]);
  });
});

describe('uncredited-media', () => {
  it('flags pictures the text shows are someone else\'s, without a credit', async () => {
    expect(await checks('![Flooded market](m.jpg)\n\nFound this photo on Facebook this morning.\n')).toEqual(['uncredited-media']);
    expect(await checks('![Picture I found on Google of the school](s.jpg)\n')).toEqual(['uncredited-media']);
  });
  it('accepts a credit, a link or a caption line under the picture', async () => {
    expect(await checks('Found this photo on Twitter.\n\n![Canal](c.jpg)\n\nPhoto by @river_team, shared with permission.\n')).toEqual([]);
    expect(await checks('Found this photo on [Flickr](https://flickr.com/x) and asked to use it.\n\n![Canal](c.jpg)\n')).toEqual([]);
    expect(await checks('[![Screenshot from the YouTube video](s.png)](https://youtube.com/watch?v=1)\n')).toEqual([]);
  });
});

describe('unattributedQuotes', () => {
  const quotes = (md: string) => unattributedQuotes(createDocument(md, 'a.md')).length;
  it('finds quotations that name nobody', () => {
    expect(quotes('I keep coming back to one line:\n\n> “Education is the most powerful weapon you can use to change the world.”\n')).toBe(1);
    expect(quotes('Intro.\n\n“Every mother deserves a safe birth, wherever she lives and however far away.”\n')).toBe(1);
  });
  it('accepts a signature, a speech verb, an introduction that names the speaker or a source line', () => {
    expect(quotes('> “We used to lose mothers in the rainy season. Now the ambulance comes.”\n>\n> — Joseph, health worker\n')).toBe(0);
    expect(quotes('As Amina put it:\n\n> “We used to lose mothers in the rainy season. Now the ambulance comes.”\n')).toBe(0);
    expect(quotes('> “Placeholder text makes it hard to remember what belongs in a field, users say.”\n\n[Placeholders](https://example.org), a study\n')).toBe(0);
  });
  it('counts a series of quotations once, and leaves blockquotes without quote marks alone', () => {
    expect(quotes('Some comments we received:\n\n> “Great course, thank you all.”\n\n> “Please run it again next year.”\n')).toBe(0);
    expect(quotes('Intro.\n\n> “Great course, thank you so much to all of you.”\n\n> “Please run it again next year, in the north.”\n')).toBe(1);
    expect(quotes('> Note: the deadline moved to Friday because of the holiday weekend.\n')).toBe(0);
  });
});

describe('anonymous-post', () => {
  const personal = { extends: ['personal'] };
  it('flags a UN-related post with no author on a personal blog', async () => {
    expect(await checks('---\ntitle: My week with UNICEF\n---\n\nA week in the field.\n', personal)).toEqual(['anonymous-post']);
  });
  it('accepts a byline, and leaves posts that are not about the UN alone', async () => {
    expect(await checks('# My week with UNICEF\n\nBy Amina Yusuf\n\nA week in the field.\n', personal)).toEqual([]);
    expect(await checks('---\ntitle: Ten days in the mountains\n---\n\nThe walk was long.\n', personal)).toEqual([]);
  });
  it('does not read "WHO" in shouted text or "who" as the agency', async () => {
    expect(await checks('# WHO SHOULD ATTEND\n\nEveryone who likes maps.\n', personal)).toEqual([]);
  });
  it('is off by default', async () => {
    expect(await checks('---\ntitle: My week with UNICEF\n---\n\nA week in the field.\n')).toEqual([]);
  });
  it('flags an anonymous author on an office blog', async () => {
    expect(await checks('---\ntitle: New water points\nauthor: Anonymous\n---\n\nTwelve schools.\n', { extends: ['office'] })).toEqual(['anonymous-post']);
  });
});

describe('findAuthor (rule-kit)', () => {
  const author = (md: string) => findAuthor(createDocument(md, 'a.md'));
  it('reads front-matter authors and bylines', () => {
    expect(author('---\nauthors:\n  - Jane Doe\n---\n\nText.\n')).toMatchObject({ source: 'frontMatter', name: 'Jane Doe', anonymous: false });
    expect(author('# Title\n\nBy **Amina Yusuf**, programme officer\n\nText.\n')).toMatchObject({ source: 'byline', name: 'Amina Yusuf, programme officer' });
    expect(author('Text of the post.\n\n— Hafsa\n')).toMatchObject({ source: 'byline', name: 'Hafsa' });
  });
  it('does not take a sentence for a byline, and knows anonymous names', () => {
    expect(author('By Friday, the team had finished the survey in every village.\n')).toBeNull();
    expect(author('By 2030 we want every school to have water.\n')).toBeNull();
    expect(author('---\nauthor: anonymous\n---\n\nText.\n')).toMatchObject({ anonymous: true });
  });
});

describe('document-level helpers (rule-kit)', () => {
  it('anchors at the first line of the front matter, else line 1', () => {
    const withFm = createDocument('---\ntitle: x\n---\nBody\n', 'a.md');
    expect(documentAnchor(withFm)).toEqual({ start: 0, end: 3 });
    const plain = createDocument('First line\nSecond\n', 'a.txt');
    expect(documentAnchor(plain)).toEqual({ start: 0, end: 10 });
  });
  it('normalises key spellings and reads values as text', () => {
    expect(normalizeKey('approved-by')).toBe(normalizeKey('approvedBy'));
    expect(normalizeKey('Approved By')).toBe('approvedby');
    expect(valueText(new Date('2026-05-01T00:00:00Z'))).toBe('2026-05-01');
    expect(valueText({ name: 'Amina', date: '2026-05-01' })).toBe('Amina, 2026-05-01');
  });
});

describe('character references in prose (document)', () => {
  it('keep the rest of the text node readable', () => {
    const doc = createDocument('“Unlike before,&#8221; said Nicole Callahan, the strategist.\n', 'a.md');
    expect(doc.prose[0]!.text).toContain('said Nicole Callahan');
    expect(doc.prose[0]!.text.length).toBe(doc.prose[0]!.end - doc.prose[0]!.start);
  });
});

describe('stale-data', () => {
  const dated = (date: string, body: string) => `---\ntitle: x\ndate: ${date}\nauthor: A\n---\n\n${body}\n`;
  it('flags dated figures that a date of the post shows to be old', async () => {
    expect(await checks(dated('2024-10-02', 'As of 2015, there are 300 trained teachers in the district.'))).toEqual(['stale-data']);
    expect(await checks('Posted 3 March 2025\n\n2019 figures show that 12,000 children are out of school.\n', {}, 'p.txt')).toContain('stale-data');
  });
  it('needs a date, a figure in the present tense and no comparison with later years', async () => {
    expect(await checks('As of 2015, there are 300 trained teachers in the district ([source](https://e.org)).')).toEqual([]);
    expect(await checks(dated('2024-10-02', 'As of 2023, there are 420 trained teachers in the district.'))).toEqual([]);
    expect(await checks(dated('2025-09-01', 'As of 2015 the programme had trained 40 teachers; today it counts 300.'))).toEqual([]);
    expect(await checks(dated('2024-01-01', 'As of September 2017, Amina joined the programme as an analyst.'))).toEqual([]);
  });
  it('reads the date from the file name', async () => {
    expect(await checks('As of 2012, there are 300 trained teachers in the district.', {}, '2020-05-01-teachers.md')).toEqual(['stale-data']);
  });
});

/**
 * Units repeated to 100 KB and 200 KB: long digit runs and separators, repeated near-matches of
 * each pattern (phrases cut short, dates without figures, quotes without ends).
 */
const UNITS = [
  '9', '1,000,', '1 000 ', '2015 ', '45% ', '45 per ', '1.5 million ', 'one in ', '3 out of ', 'half of the ', 'twice as ', 'according to ',
  'according to the ', 'studies show ', 'research ', 'the data ', 'I heard ', "I've heard ", 'apparently ', 'Apparently, ', 'rumour has ',
  'sources ', 'word is ', 'I think the data ', 'in my opinion the ', "haven't read ", 'without reading ', 'found this photo on ',
  'photo: ', 'source unknown ', '“', '"', '”', '> “a b c d e f ', '— A ', '(A, 2015) ', '[1]', 'As of 2015 ', "last year's figures ",
  '12 March 2024 ', 'Posted 2024 ', 'By ', 'UN ', 'WHO ', 'we trained ', 'our ', 'of our ', 'The World Bank ', 'A B C D E F ', 'a-',
  "'", '’', 'https://x.org/', '\n> ', '\n- ', '\n\n', ' ', '\t', '.', ',', ':', 'aaaaaaaaaa',
];

/** Units that also go through the markdown parser raw (it is slow on some punctuation runs, which measures the parser, not this module). */
const MARKDOWN_UNITS = new Set(['45% ', 'studies show ', 'I heard ', '> “a b c d e f ', 'As of 2015 ', 'we trained ', 'UN ', '\n> ', '\n- ', 'one in ', 'found this photo on ']);

const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('adversarial input', () => {
  for (const size of [100_000, 200_000]) {
    it(`every pattern returns on ${size / 1000} KB`, () => {
      for (const unit of UNITS) {
        const text = fill(unit, size);
        for (const [name, re] of Object.entries(patterns)) {
          const flags = re.flags.replace('y', '');
          const r = new RegExp(re.source, flags.includes('g') ? flags : flags + 'g');
          let n = 0;
          for (let m = r.exec(text); m && n <= size; m = r.exec(text)) {
            n++;
            if (m[0].length === 0) r.lastIndex++;
          }
          expect(n, name).toBeLessThanOrEqual(size);
        }
      }
    }, 600_000);
    for (const unit of UNITS) {
      it(`the whole module returns on ${size / 1000} KB of ${JSON.stringify(unit)}`, async () => {
        const config = await onlyThisModule({ extends: ['personal'] });
        const text = fill(unit, size);
        const drafts: Array<[string, string]> = [
          ['draft.txt', text],
          ['2020-01-01-draft.md', '---\ndate: 2026-01-01\n---\n\n```\n' + text + '\n```\n'],
        ];
        if (MARKDOWN_UNITS.has(unit)) drafts.push(['draft.md', text]);
        for (const [file, source] of drafts) {
          const result = await lintSource(source, path.join(os.tmpdir(), file), config);
          expect(Array.isArray(result.messages)).toBe(true);
        }
      }, 600_000);
    }
  }
});

describe('unread-share key words', () => {
  // The pattern's own words, in random order: whenever UNREAD matches, the paragraph must hold a key word.
  const words = [
    "haven't", 'have not', "hadn't", "didn't", 'did not', 'not', 'never', 'yet', 'actually', 'fully', 'even', 'got round to', 'had the time to', 'found a chance to',
    'read', 'watched', 'watch', 'listened to', 'looked at', 'finished reading', 'finished watching', 'opened', 'clicked on', 'it', 'this', 'them', 'the whole report',
    'the report', 'all of it', 'through', 'myself', 'without', 'having', 'reading', 'watching', 'opening', 'only', 'just', 'skimmed', 'saw', 'the headline',
    'the first page', 'sharing', 'posting', 'retweeting', 'unread', 'I', 'we', 'but', '.', 'only saw the headline', 'just skimmed the abstract', 'sharing this unread', 'posting it without having opened it',
  ];
  it('skip only paragraphs where UNREAD cannot match', () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 8 }), (parts) => {
        const text = parts.join(' ');
        UNREAD.lastIndex = 0;
        if (!UNREAD.test(text)) return;
        matched++;
        expect(hasAnyWord({ kind: 'paragraph', text, start: 0, end: text.length, containers: [] }, UNREAD_KEYS)).toBe(true);
      }),
      { numRuns: 4000, seed: 9 },
    );
    expect(matched).toBeGreaterThan(50);
  });
});
