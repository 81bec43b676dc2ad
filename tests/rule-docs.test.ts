/**
 * The rule documentation stays in step with the rule metadata and fixtures: `docs/rules/<id>.md`
 * must equal what the generator makes of them. After a deliberate change to a rule or a fixture,
 * regenerate with `npm run docs` and read the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtinRules } from '../rules/index.js';
import { loadExamples } from '../src/docs/examples.js';
import { GENERATED_NOTE, indexDoc, moduleDoc } from '../src/docs/rule-docs.js';
import { BUILTIN_MODULE_IDS, attachDocs, docsBase, docsPath, docsUrl } from '../src/docs/links.js';
import { defineRule, type AnyRuleModule, type LintResult } from '../src/types.js';
import { ROOT } from './support/fixtures.js';
import { demoProject, runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';

const DOCS = path.join(ROOT, 'docs', 'rules');

describe('docs/rules (npm run docs regenerates them)', () => {
  for (const m of builtinRules) {
    it(`docs/rules/${m.meta.id}.md matches the metadata and fixtures`, async () => {
      await expect(moduleDoc(m, loadExamples(ROOT, m))).toMatchFileSnapshot(path.join(DOCS, `${m.meta.id}.md`));
    });
  }

  it('docs/rules/README.md lists every module', async () => {
    await expect(indexDoc(builtinRules)).toMatchFileSnapshot(path.join(DOCS, 'README.md'));
  });

  it('holds no page for a module that no longer exists', () => {
    const pages = fs.existsSync(DOCS) ? fs.readdirSync(DOCS).filter((f) => f.endsWith('.md')) : [];
    const expected = ['README.md', ...builtinRules.map((m) => `${m.meta.id}.md`)];
    expect(pages.filter((p) => !expected.includes(p)), 'stale pages in docs/rules').toEqual([]);
  });

  it('knows the built-in module ids without loading the rules', () => {
    expect([...BUILTIN_MODULE_IDS]).toEqual(builtinRules.map((m) => m.meta.id));
  });
});

/** A module with the privacy module's id, so that its spans count as personal data. */
const fakePrivacy = defineRule({
  meta: {
    id: 'privacy-and-safety',
    section: 'Privacy',
    description: 'Finds phone numbers.',
    guidance: 'Keep people safe.',
    messages: { phone: 'Personal phone number "{{phone}}": leave it out.' },
    checks: { 'phone-number': { description: 'Personal phone numbers in a post.', severity: 'error', messages: ['phone'] } },
    options: z.strictObject({ regions: z.array(z.string()).default(['KE']).describe('Regions tried.') }),
  },
  checks: { 'phone-number': () => undefined },
}) as AnyRuleModule;

describe('examples from fixtures', () => {
  const root = tmpProject({
    'fixtures/privacy-and-safety/invalid/call-me.md': '# Notes\n\nCall me on 0712 345 678 after six, says Amina.\n',
    'fixtures/privacy-and-safety/invalid/call-me.expected.txt':
      '3:12-3:24 error privacy-and-safety/phone-number phone\n  | Call me on 0712 345 678 after six, says Amina.\n  |            ~~~~~~~~~~~~\n  = Personal phone number "07** *** *78": leave it out.\n',
    'fixtures/privacy-and-safety/valid/garden.md': 'We planted beans in the school garden.\n\nThe phone numbers of the press office are on the website.\n',
    'fixtures/privacy-and-safety/valid/zzz.md': 'Nothing here.\n',
  });
  const ex = loadExamples(root, fakePrivacy)['phone-number']!;

  it('takes the failing example from an invalid fixture, with the span underlined and masked', () => {
    expect(ex.failing?.file).toBe('fixtures/privacy-and-safety/invalid/call-me.md');
    expect(ex.failing?.snippet).toBe('Call me on 07** *** *78 after six, says Amina.\n           ~~~~~~~~~~~~');
    expect(ex.failing?.message).toBe('Personal phone number "07** *** *78": leave it out.');
    expect(ex.failing?.snippet).not.toContain('345');
  });

  it('takes the passing example from the valid paragraph closest to what the check looks for', () => {
    expect(ex.passing).toMatchObject({ file: 'fixtures/privacy-and-safety/valid/garden.md', named: false });
    expect(ex.passing?.snippet).toBe('The phone numbers of the press office are on the website.');
  });

  it('prefers a valid fixture named after the check', () => {
    const dir = tmpProject({ 'fixtures/privacy-and-safety/valid/phone-number-press-line.md': 'Press line: +41 22 917 1234.\n', 'fixtures/privacy-and-safety/valid/a.md': 'Phone numbers.\n' });
    expect(loadExamples(dir, fakePrivacy)['phone-number']?.passing).toMatchObject({ file: 'fixtures/privacy-and-safety/valid/phone-number-press-line.md', named: true, snippet: 'Press line: +41 22 917 1234.' });
  });

  it('renders a page with the guidance, severities, examples, options and how to turn it off', () => {
    const page = moduleDoc(fakePrivacy, loadExamples(root, fakePrivacy));
    expect(page.startsWith(GENERATED_NOTE)).toBe(true);
    for (const part of [
      '# privacy-and-safety',
      'Guidance section: **Privacy**',
      'Keep people safe.',
      '## phone-number',
      'Default severity: recommended **error**, personal **error**, office **error**.',
      '### Failing example',
      'Call me on 07** *** *78 after six',
      '> Personal phone number "07** *** *78": leave it out. (`phone`)',
      '### Passing example',
      '| `regions` | `[ KE ]` | Regions tried. |',
      '## Turning it off',
      "unlinter --rule 'privacy-and-safety/phone-number: off' drafts/",
      '<!-- unlinter-disable-next-line privacy-and-safety/phone-number -- why this is fine here -->',
    ]) {
      expect(page, part).toContain(part);
    }
    expect(page).not.toContain('0712 345');
  });

  it('says so when a check has no fixture yet', () => {
    const page = moduleDoc(fakePrivacy, {});
    expect(page).toContain('No fixture exercises this check yet.');
    expect(page).toContain('No valid fixture for this module yet.');
  });
});

describe('docs links', () => {
  it('builds a repository-relative path per rule id', () => {
    expect(docsPath('neutrality/endorsement')).toBe('docs/rules/neutrality.md#endorsement');
    expect(docsPath('neutrality')).toBe('docs/rules/neutrality.md');
    expect(docsPath('input-error')).toBe('docs/rules/README.md#input-error');
  });

  it('builds the base URL from package.json repository or homepage', () => {
    expect(docsBase({ repository: { type: 'git', url: 'git+https://github.com/acme/unlinter.git' } })).toBe('https://github.com/acme/unlinter/blob/HEAD/');
    expect(docsBase({ repository: 'github:acme/unlinter' })).toBe('https://github.com/acme/unlinter/blob/HEAD/');
    expect(docsBase({ repository: 'acme/unlinter' })).toBe('https://github.com/acme/unlinter/blob/HEAD/');
    expect(docsBase({ repository: { url: 'git@gitlab.com:acme/tools.git', directory: 'packages/unlinter' } })).toBe('https://gitlab.com/acme/tools/-/blob/HEAD/packages/unlinter/');
    expect(docsBase({ homepage: 'https://github.com/acme/unlinter#readme' })).toBe('https://github.com/acme/unlinter/blob/HEAD/');
    expect(docsBase({ homepage: 'https://unlinter.example.org/' })).toBe('https://unlinter.example.org/');
    expect(docsBase({ repository: { url: 'https://git.example.org/acme/unlinter.git' } })).toBeNull();
    expect(docsBase({})).toBeNull();
  });

  it('links built-in rules to their page and plugin rules to their declared docs', () => {
    expect(docsUrl('neutrality/endorsement')).toMatch(/(?:^|\/)docs\/rules\/neutrality\.md#endorsement$/);
    const plugin = { meta: { id: 'acme', docs: 'https://acme.example.org/rules' } } as AnyRuleModule;
    expect(docsUrl('acme/thing', [plugin])).toBe('https://acme.example.org/rules#thing');
    expect(docsUrl('other/thing', [plugin])).toBeUndefined();
    const results: LintResult[] = [
      { filePath: 'a.md', errorCount: 1, warningCount: 0, messages: [{ ruleId: 'acme/thing', messageId: 'x', severity: 2, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2 }] },
    ];
    expect(attachDocs(results, [plugin])[0]!.messages[0]!.docs).toBe('https://acme.example.org/rules#thing');
  });

  it('gives every JSON finding of a built-in rule its docs link', async () => {
    const dir = demoProject({ 'post.md': 'A forbidden word.\n', 'bad.md': new Uint8Array([0, 1, 2, 3]) });
    const r = await runIn(dir, ['--format', 'json', '.']);
    const all = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; docs?: string }> }>).flatMap((x) => x.messages);
    expect(all.find((m) => m.ruleId === 'input-error')?.docs).toMatch(/docs\/rules\/README\.md#input-error$/);
    // The demo plugin declares no docs: no link rather than a wrong one.
    expect(all.find((m) => m.ruleId === 'demo/word')?.docs).toBeUndefined();
  });
});

describe('unlinter --explain', () => {
  const page = (id: string) => fs.readFileSync(path.join(DOCS, `${id}.md`), 'utf8').replace(/^<!--[^\n]*-->\n+/, '');

  it('prints the page of a built-in module, the same text as its generated page', async () => {
    for (const m of builtinRules) {
      const r = await runIn(ROOT, ['--explain', m.meta.id]);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toBe(page(m.meta.id));
    }
  });

  it('prints one check of a module: its section, the options and how to turn that check off', async () => {
    const m = builtinRules.find((x) => Object.keys(x.meta.checks).length > 1);
    if (!m) return expect(builtinRules.every((x) => Object.keys(x.meta.checks).length <= 1)).toBe(true);
    const [first, second] = Object.keys(m.meta.checks) as [string, string];
    const r = await runIn(ROOT, ['--explain', `${m.meta.id}/${second}`]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`## ${second}\n`);
    expect(r.stdout).not.toContain(`## ${first}\n`);
    expect(r.stdout).toContain(m.meta.guidance);
    expect(r.stdout).toContain('## Options');
    expect(r.stdout).toContain(`--rule '${m.meta.id}/${second}: off'`);
  });

  it("explains a plugin's rule from its metadata", async () => {
    const dir = demoProject({});
    const r = await runIn(dir, ['--explain', 'demo/word']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('# demo');
    expect(r.stdout).toContain('Guidance section: **Demo section**');
    expect(r.stdout).toContain('## word');
    expect(r.stdout).toContain('| `word` | `forbidden` | The word to find. |');
    expect(r.stdout).not.toContain('## shout');
  });

  it('explains the ids unlinter reports itself', async () => {
    const r = await runIn(ROOT, ['--explain', 'input-error']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^### input-error\n\nA file that could not be checked/);
  });

  it('rejects an unknown rule with a suggestion and exit code 2', async () => {
    const r = await runIn(ROOT, ['--explain', 'nutrality']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('unknown rule "nutrality" (did you mean "neutrality"?)');
    const c = await runIn(ROOT, ['--explain', 'neutrality/no-such-check']);
    expect(c.exitCode).toBe(2);
  });
});
