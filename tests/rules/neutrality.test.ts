/**
 * Unit tests for `neutrality`: target validation, configured names from settings, reported speech,
 * and linear behaviour on large adversarial input.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { validTarget } from '../../rules/neutrality/context.js';
import { politicalTarget } from '../../rules/neutrality/partisan-language.js';
import { buildPoliticalPatterns, patterns } from '../../rules/neutrality/patterns.js';
import { buildConfig } from '../../src/config/load.js';
import { lintSource } from '../../src/lint-source.js';

const ID = 'neutrality';
const POLITICAL = { political: { parties: ['Harbour Alliance'], politicians: ['Teodor Vantrell'], hashtags: ['#RenewNow'] } };

async function lint(text: string, extra: Record<string, unknown> = {}, file = 'post.md') {
  const rules: Record<string, unknown> = {};
  for (const m of builtinRules) if (m.meta.id !== ID) rules[m.meta.id] = 'off';
  Object.assign(rules, (extra.rules as Record<string, unknown>) ?? {});
  const config = await buildConfig('/tmp/.unlinterrc.json', { ...extra, rules, reportUnusedDirectives: 'off' });
  const result = await lintSource(text, file, config);
  return result.messages.filter((m) => m.ruleId.startsWith(`${ID}/`));
}

const ids = (messages: Array<{ ruleId: string }>): string[] => messages.map((m) => m.ruleId.slice(ID.length + 1));

describe('targets', () => {
  const none = new Set<string>();
  const only = (i: number, v: string): Array<string | undefined> => Array.from({ length: 7 }, (_, k) => (k === i ? v : undefined));

  it('accepts parties and candidates, not working parties or programmes', () => {
    expect(validTarget(only(1, 'Green Party'), '', none)).toBe(true);
    expect(validTarget(only(1, 'Working Party'), '', none)).toBe(false);
    expect(validTarget(only(1, 'birthday party'), '', none)).toBe(false);
    expect(validTarget(only(2, 'Labour'), '', none)).toBe(true);
    expect(validTarget(only(2, 'labour'), '', none)).toBe(false);
    expect(validTarget(only(4, 'Minister Okoro'), '', none)).toBe(true);
    expect(validTarget(only(4, 'Minister Okoro'), "'s vaccination programme", none)).toBe(false);
    expect(validTarget(only(6, 'Nominations for Mayor'), '', none)).toBe(false);
    expect(validTarget(only(6, 'UNICEF for Council'), '', new Set(['UNICEF']))).toBe(false);
  });

  it('reads a regime as a government, not as a system of rules', () => {
    expect(politicalTarget('the regime')).toBe(true);
    expect(politicalTarget('the tax regime')).toBe(false);
    expect(politicalTarget('the sanctions regime')).toBe(false);
    expect(politicalTarget('child labour')).toBe(false);
  });

  it('matches configured names, their surnames and their space-less forms', () => {
    const p = buildPoliticalPatterns(['Harbour Alliance'], ['Teodor Vantrell']);
    const found = (text: string) => {
      p.configured.lastIndex = 0;
      return p.configured.test(text);
    };
    expect(found('We met the Harbour Alliance.')).toBe(true);
    expect(found('Vantrell spoke.')).toBe(true);
    expect(found('RT @HarbourAlliance: hello')).toBe(true);
    expect(found('The harbour was busy.')).toBe(false);
  });
});

describe('checks', () => {
  it('reports an endorsement of a configured party only when settings name it', async () => {
    const text = 'So proud to vote for the Harbour Alliance on Sunday.\n';
    expect(await lint(text)).toEqual([]);
    const messages = await lint(text, { settings: POLITICAL });
    expect(ids(messages)).toEqual(['endorsement']);
    expect(messages[0]!.severity).toBe(2);
  });

  it('reports configured hashtags with or without "#" in settings', async () => {
    expect(ids(await lint('Great speech last night #RenewNow\n', { settings: POLITICAL }))).toEqual(['endorsement']);
    expect(await lint('Great speech last night #RenewNow\n')).toEqual([]);
  });

  it('leaves reported speech and quotations alone, unless ignoreQuoted is off', async () => {
    const text = 'Protesters said the government is corrupt.\n';
    expect(await lint(text)).toEqual([]);
    expect(ids(await lint(text, { rules: { [ID]: ['warn', { ignoreQuoted: false }] } }))).toEqual(['partisan-language']);
  });

  it('does not read a link as endorsement', async () => {
    expect(await lint('Register at [the national voter portal](https://vote.example.gov) before Friday.\n')).toEqual([]);
  });

  it('tells political from civic hashtags', async () => {
    expect(ids(await lint('The referendum is close. #VoteNo\n'))).toEqual(['endorsement']);
    expect(await lint('Remember and register. #NeverAgain #VoteEarly #COP28\n')).toEqual([]);
  });

  it('reports resharing of political figures, not of other content', async () => {
    expect(ids(await lint("I retweeted the senator's thread on the budget.\n"))).toEqual(['resharing']);
    expect(await lint('We retweeted seventy photos from the public this week.\n')).toEqual([]);
  });
});

describe('linear on adversarial input', () => {
  const unit = [
    'vote for the vote for the vote ',
    'I I I support support the the ',
    'the government is is is a a a ',
    '#Vote#Vote#VoteNo#Okafor20282028 ',
    'Party Party Party Party Party ',
    'RT RT @@@ RT: RT ',
    'join us at the at the at the march ',
    'sign the the the the petition ',
    'President President President of of ',
    "regime's regime's lies lies ",
    '         \t\t\t    ',
    '"""""***___',
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
          const messages = await lint(text, { settings: POLITICAL }, file);
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
