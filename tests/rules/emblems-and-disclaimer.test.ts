import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint-source.js';
import { buildConfig } from '../../src/config/load.js';
import { fileNameWords, logoIn } from '../../rules/emblems-and-disclaimer/emblem.js';
import { LOGO_WORD, ORG_NAMES_DEFAULT, ORG_NAMES_DEFAULT_ANY_CASE } from '../../rules/emblems-and-disclaimer/patterns.js';

async function lint(source: string, file = 'post.md', preset = 'personal') {
  const config = await buildConfig('/tmp/unlinter-emblems.json', { extends: [preset] });
  const result = await lintSource(source, file, config);
  return result.messages.filter((m) => m.ruleId?.startsWith('emblems-and-disclaimer/'));
}

describe('emblems-and-disclaimer helpers', () => {
  it('splits file names at separators and case changes, without the extension', () => {
    expect(fileNameWords('/img/unicefLogo-2x.png?v=3')).toEqual(['unicef', 'logo', '2x']);
    expect(fileNameWords('https://x.org/a/un%20emblem_blue.svg')).toEqual(['un', 'emblem', 'blue']);
  });
  it('finds a logo word next to an agency name, not a scene with a sign', () => {
    expect(logoIn('UNICEF logo', ORG_NAMES_DEFAULT, LOGO_WORD, false)).toBe('UNICEF');
    expect(logoIn('Emblem of the United Nations', ORG_NAMES_DEFAULT, LOGO_WORD, false)).toBe('United Nations');
    expect(logoIn('The UNICEF logo on the clinic wall', ORG_NAMES_DEFAULT, LOGO_WORD, false)).toBeNull();
    expect(logoIn('Green Hands Foundation logo', ORG_NAMES_DEFAULT, LOGO_WORD, false)).toBeNull();
  });
  it('reads short acronyms only in capitals in alt text, in any case in file names', () => {
    expect(logoIn('the woman who designed the logo', ORG_NAMES_DEFAULT, LOGO_WORD, false)).toBeNull();
    expect(logoIn('who logo', ORG_NAMES_DEFAULT_ANY_CASE, LOGO_WORD, true)).toBe('who');
    expect(logoIn('undp', ORG_NAMES_DEFAULT_ANY_CASE, LOGO_WORD, true)).toBe('undp');
    expect(logoIn('undp field day', ORG_NAMES_DEFAULT_ANY_CASE, LOGO_WORD, true)).toBeNull();
  });
});

describe('emblems-and-disclaimer on drafts', () => {
  it('reports a UN logo and a missing disclaimer on a personal blog', async () => {
    const msgs = await lint('# Hi\n\n![UN logo](un-logo.png)\n\nA post about bread.\n');
    expect(msgs.map((m) => `${m.ruleId}:${m.severity}`).sort()).toEqual(['emblems-and-disclaimer/emblem:2', 'emblems-and-disclaimer/missing-disclaimer:1']);
  });
  it('accepts a disclaimer in many wordings', async () => {
    for (const d of ['Views are my own.', 'All opinions expressed on this blog are solely mine.', 'This does not necessarily reflect the views of my employer.', 'Tweets are my own.']) {
      expect(await lint(`A post about bread.\n\n${d}\n`)).toEqual([]);
    }
  });
  it('does not ask for a disclaimer on the recommended preset', async () => {
    expect(await lint('A post about bread.\n', 'post.md', 'recommended')).toEqual([]);
  });
  it('returns on 100 KB and 200 KB adversarial inputs', async () => {
    const unit = [
      '![UN UN UN UN logo logo](un-un-un-un-un-un-un-logo-logo.png "UNICEF UNICEF seal seal")\n',
      '<img alt="' + 'UN-'.repeat(40) + '" src="' + 'a_'.repeat(60) + '.png">\n',
      'views views views views are are are my my own own ' + 'views '.repeat(30) + '\n',
      'do not do not do not necessarily necessarily reflect reflect the the ' + '- '.repeat(40) + '\n',
    ].join('');
    for (const size of [100_000, 200_000]) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const msgs = await lint(text);
      expect(msgs.length).toBeGreaterThan(0);
    }
  });
});
