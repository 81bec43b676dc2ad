/**
 * Unit tests for `think-before-posting`: the helpers that decide what counts (masking, capitals,
 * quotations, language), the options, and linear behaviour on large adversarial input.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { capsKind } from '../../rules/think-before-posting/capitals.js';
import { patterns } from '../../rules/think-before-posting/patterns.js';
import { buildLexicon } from '../../rules/think-before-posting/profanity-lexicon.js';
import { maskWord } from '../../rules/think-before-posting/profanity.js';
import { buildConfig } from '../../src/config/load.js';
import { createDocument } from '../../src/document/parse.js';
import { lintSource } from '../../src/lint-source.js';
import { emphasisSpans, isForeignLanguage, isTitleLike, keyWords, othersWords, quotationSpans } from '../../src/rule-kit/index.js';

const ID = 'think-before-posting';

async function lint(text: string, extra: Record<string, unknown> = {}, file = 'draft.md') {
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) if (m.meta.id !== ID) rules[m.meta.id] = 'off';
  Object.assign(rules, (extra.rules as Record<string, unknown>) ?? {});
  const config = await buildConfig('/tmp/.unlinterrc.json', { ...extra, rules, reportUnusedDirectives: 'off' });
  const result = await lintSource(text, file, config);
  return result.messages.filter((m) => m.ruleId.startsWith(`${ID}/`));
}

const ids = (messages: Array<{ ruleId: string }>): string[] => messages.map((m) => m.ruleId.slice(ID.length + 1));

describe('profanity helpers', () => {
  it('masks every letter but the first and keeps the shape', () => {
    expect(maskWord('fuck')).toBe('f***');
    expect(maskWord('kick-ass')).toBe('k***-***');
    expect(maskWord('WTF')).toBe('W**');
  });

  it('takes sureness-2 words from cuss and leaves out clean senses', () => {
    const lexicon = buildLexicon();
    expect(lexicon.words.has('bullshit')).toBe(true);
    expect(lexicon.words.has('welfare')).toBe(false); // rated 2 by cuss, an everyday word for us
    expect(lexicon.words.has('faeces')).toBe(false);
    expect(lexicon.words.has('hell')).toBe(false); // rated 0
    expect(lexicon.words.has('shit')).toBe(true); // rated 1 by cuss, added by us
  });

  it('applies allowWords and extraWords', () => {
    const lexicon = buildLexicon(['crap'], ['merde']);
    expect(lexicon.words.has('crap')).toBe(false);
    expect(lexicon.words.has('merde')).toBe(true);
  });
});

describe('capitals', () => {
  const none = new Set<string>();
  it('tells shouting words from acronyms, identifiers and function words', () => {
    expect(capsKind('STOP', none)).toBe('function');
    expect(capsKind('SENDING', none)).toBe('shout');
    expect(capsKind('UNHCR', none)).toBe('acronym');
    expect(capsKind('UNICEF', none)).toBe('acronym');
    expect(capsKind('NODE_ENV', none)).toBe('code');
    expect(capsKind('UTF-8', none)).toBe('code');
    expect(capsKind('Sending', none)).toBe('lower');
    expect(capsKind('HARBOUR', new Set(['HARBOUR']))).toBe('acronym');
  });
});

describe('quotations and titles (rule kit)', () => {
  it('finds quotation spans and skips apostrophes', () => {
    const text = `He said "this is fine" and it's 'really' fine.`;
    const spans = quotationSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['this is fine', 'really']);
  });

  it('finds emphasis spans in raw markdown', () => {
    const raw = 'I read *Bullshit Jobs* and __loved__ it, snake_case_name stays.';
    expect(emphasisSpans(raw).map((s) => raw.slice(s.start, s.end))).toEqual(['Bullshit Jobs', 'loved']);
  });

  it('reads titles by capitals or by a work noun before them', () => {
    expect(isTitleLike('Bullshit Jobs', 'I read ')).toBe(true);
    expect(isTitleLike('fucking useless', 'he said ')).toBe(false);
    expect(isTitleLike('this stuff', 'the book ')).toBe(true);
  });

  it('counts short scare quotes and the author’s own speech as the author’s words', () => {
    const check = (text: string, word: string) => {
      const doc = createDocument(text, 'x.md');
      const seg = doc.prose[0]!;
      const at = seg.text.indexOf(word);
      return othersWords(doc, seg, at, at + word.length);
    };
    expect(check('My manager is a "dickhead" really.', 'dickhead')).toBeNull();
    expect(check('I told him "this is total bullshit" and left.', 'bullshit')).toBeNull();
    expect(check('A trader wrote: "the old system was shit and slow".', 'shit')).toBe('quotation');
    expect(check('They used the slur "gyppo" at us.', 'gyppo')).toBe('quotation');
    expect(check('> This is a damn disgrace.', 'damn')).toBe('blockquote');
  });
});

describe('language and key words (rule kit)', () => {
  it('recognises a French paragraph and leaves an English one', () => {
    const fr = createDocument('Un an plus tard, nous avons rencontré les équipes dans la région pour une évaluation.', 'x.md');
    const en = createDocument('A year later we met the teams in the region for an evaluation of the plan.', 'x.md');
    expect(isForeignLanguage(fr.prose[0]!)).toBe(true);
    expect(isForeignLanguage(en.prose[0]!)).toBe(false);
  });

  it('keys a phrase by its longest word that is not a frequent one', () => {
    expect([...keyWords(['laughing stock', 'you people', 'had it with'])].sort()).toEqual(['laughing', 'people', 'with']);
  });
});

describe('checks', () => {
  it('leaves quoted profanity alone by default and reports it with ignoreQuoted off', async () => {
    const text = 'One respondent wrote: "the old system was shit and nobody listened".\n';
    expect(await lint(text)).toEqual([]);
    const off = await lint(text, { rules: { [ID]: ['error', { ignoreQuoted: false }] } });
    expect(ids(off)).toEqual(['profanity']);
  });

  it('reports profanity outside code but not inside it', async () => {
    const messages = await lint('This is shit.\n\n```\nconst shit = 1;\n```\n\nAnd `shit` inline.\n');
    expect(ids(messages)).toEqual(['profanity']);
    expect(messages[0]!.line).toBe(1);
  });

  it('does not read "Dick" the name or "hell" inside "hello"', async () => {
    expect(await lint('Hello from Dick Okoro and the Shell team. Hell\'s Gate park was lovely.\n')).toEqual([]);
  });

  it('honours shoutingMinWords', async () => {
    const text = 'Please read this. STOP SENDING FORMS.\n';
    expect(await lint(text)).toEqual([]);
    const three = await lint(text, { rules: { [`${ID}/shouting`]: ['warn', { shoutingMinWords: 3 }] } });
    expect(ids(three)).toEqual(['shouting']);
  });

  it('needs several signals of more than one kind for a hostile tone', async () => {
    expect(ids(await lint('This decision is unacceptable.\n'))).toEqual([]);
    const rant = await lint('How dare they? This is outrageous and disgusting!! Shame on them.\n');
    expect(ids(rant)).toContain('hostile-tone');
    const strict = await lint('How dare they? This is outrageous and disgusting!! Shame on them.\n', {
      rules: { [`${ID}/hostile-tone`]: ['warn', { hostileToneMinScore: 9 }] },
    });
    expect(ids(strict)).not.toContain('hostile-tone');
  });

  it('tells a confidential helpline from a confidential memo', async () => {
    expect(await lint('Call the free, confidential helpline on 116.\n')).toEqual([]);
    const memo = await lint('I read the confidential memo from the director.\n');
    expect(memo.map((m) => m.messageId)).toEqual(['confidential']);
    expect(memo[0]!.severity).toBe(2);
  });

  it('reads organisation names from settings as acronyms', async () => {
    const text = 'THE HARBOURWATCH TEAM AND HARBOURWATCH VOLUNTEERS.\n';
    expect(ids(await lint(text))).toEqual(['shouting']);
    expect(await lint(text, { settings: { organization: { names: ['HARBOURWATCH', 'TEAM', 'VOLUNTEERS'] } } })).toEqual([]);
  });
});

describe('linear on adversarial input', () => {
  const unit = [
    'f*** f*ck sh*t ',
    '!!!!!!!!!!???????? ',
    'STOP STOP STOP STOP ',
    'my boss my boss my boss is is is ',
    'you you you stupid stupid stupid ',
    '"quoted "unbalanced *emph _under ',
    'confidential confidential embargoed until until ',
    'not yet not yet public public ',
    'DM me and I will DM me and ',
    'these people are are like like ',
    'NODE_ENV_A_B_C_D_E_F_G_H_I_J ',
    '         \t\t\t    ',
  ];
  // Markdown input goes through remark, whose emphasis parsing is itself superlinear on long
  // runs of "*" and "_"; pieces with those characters are linted as plain text, which tests this
  // module's patterns and code without the parser's cost.
  for (const size of [100_000, 200_000]) {
    it(`lints ${size / 1000} KB of near-matches`, async () => {
      for (const piece of unit) {
        const text = piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
        const files = /[*_]/.test(piece) ? ['draft.txt'] : ['draft.txt', 'draft.md'];
        for (const file of files) {
          const messages = await lint(text, {}, file);
          expect(Array.isArray(messages)).toBe(true);
        }
      }
    }, 120_000);
  }

  it('runs every pattern over 100 KB of near-matches', () => {
    const inputs = unit.map((u) => u.repeat(Math.ceil(100_000 / u.length)).slice(0, 100_000));
    for (const [name, re] of Object.entries(patterns)) {
      for (const input of inputs) {
        re.lastIndex = 0;
        const out = re.global ? input.match(re) : re.exec(input);
        expect(out === null || typeof out === 'object', name).toBe(true);
      }
    }
  });
});
