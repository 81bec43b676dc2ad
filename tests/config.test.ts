import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoConfig, demoProject, DEMO_PLUGIN, runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';
import { builtinRules } from '../rules/index.js';

const offBuiltins = Object.fromEntries(builtinRules.map((m) => [m.meta.id, 'off']));
const json = (out: string) => JSON.parse(out) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>;

describe('config files', () => {
  const formats: Array<[string, string]> = [
    ['.unlinterrc', `plugins: [${JSON.stringify(DEMO_PLUGIN)}]\nrules: ${JSON.stringify({ ...offBuiltins, 'demo/word': 'warn' })}\n`],
    ['.unlinterrc.json', demoConfig({ rules: { 'demo/word': 'warn' } })],
    ['.unlinterrc.yaml', `plugins:\n  - ${JSON.stringify(DEMO_PLUGIN)}\nrules: ${JSON.stringify({ ...offBuiltins, 'demo/word': 'warn' })}\n`],
    ['.unlinterrc.yml', `plugins:\n  - ${JSON.stringify(DEMO_PLUGIN)}\nrules: ${JSON.stringify({ ...offBuiltins, 'demo/word': 'warn' })}\n`],
    ['.unlinterrc.cjs', `module.exports = ${demoConfig({ rules: { 'demo/word': 'warn' } })};\n`],
    ['.unlinterrc.mjs', `export default ${demoConfig({ rules: { 'demo/word': 'warn' } })};\n`],
    ['unlinter.config.mjs', `export default ${demoConfig({ rules: { 'demo/word': 'warn' } })};\n`],
    ['package.json', JSON.stringify({ name: 'blog', unlinter: JSON.parse(demoConfig({ rules: { 'demo/word': 'warn' } })) })],
  ];
  for (const [name, content] of formats) {
    it(`reads ${name}`, async () => {
      const dir = tmpProject({ [name]: content, 'post.md': 'A forbidden word.\n' });
      const r = await runIn(dir, ['--format', 'json', 'post.md']);
      expect(r.stderr).toBe('');
      expect(json(r.stdout)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['demo/word', 1]]);
      expect(r.exitCode).toBe(0);
    });
  }

  // Folders without any config name ask their parent (src/config/load.ts); one with a package.json
  // goes to cosmiconfig, which passes over a package.json without an "unlinter" key.
  const nearest: Array<[string, Record<string, string>, Array<[string, number]>]> = [
    [
      'from each file folder upward',
      { 'a/post.md': 'A forbidden word.\n', 'b/.unlinterrc.json': demoConfig({ rules: { demo: 'off' } }), 'b/deep/post.md': 'A forbidden word.\n' },
      [
        ['a/post.md', 1],
        ['b/deep/post.md', 0],
      ],
    ],
    [
      'through folders without one and package.json files without the key',
      {
        'b/.unlinterrc.json': demoConfig({ rules: { demo: 'off' } }),
        'b/one/two/three/post.md': 'A forbidden word.\n',
        'b/one/package.json': JSON.stringify({ name: 'site' }),
        'b/one/two/post.md': 'A forbidden word.\n',
        'c/one/two/post.md': 'A forbidden word.\n',
      },
      [
        ['b/one/two/post.md', 0],
        ['b/one/two/three/post.md', 0],
        ['c/one/two/post.md', 1],
      ],
    ],
  ];
  for (const [what, files, expected] of nearest) {
    it(`finds the nearest config ${what}`, async () => {
      const dir = demoProject(files);
      const r = await runIn(dir, ['--format', 'json', '.']);
      expect(json(r.stdout).map((x) => [path.relative(dir, x.filePath), x.messages.length])).toEqual(expected);
    });
  }

  it('--config uses one file for every input, --no-config-lookup none', async () => {
    const dir = demoProject({ 'post.md': 'A forbidden word.\n', 'other.json': demoConfig({ rules: { demo: 'off' } }) });
    expect(json((await runIn(dir, ['--format', 'json', '--config', 'other.json', 'post.md'])).stdout)[0]!.messages).toEqual([]);
    const none = await runIn(dir, ['--format', 'json', '--no-config-lookup', 'post.md']);
    expect(json(none.stdout)[0]!.messages.some((m) => m.ruleId.startsWith('demo/'))).toBe(false);
  });

  it('applies overrides to matching files, relative to the config file', async () => {
    const dir = demoProject(
      { 'drafts/a.md': 'A forbidden word.\n', 'posts/b.md': 'A forbidden word.\n' },
      { overrides: [{ files: ['drafts/**'], rules: { 'demo/word': 'off' } }] },
    );
    const r = json((await runIn(dir, ['--format', 'json', '.'])).stdout);
    expect(r.map((x) => x.messages.length)).toEqual([0, 1]);
  });

  it('module severity applies to its checks that are on; check entries win; --rule wins over config', async () => {
    const dir = demoProject({ 'post.md': 'A forbidden LOUD word.\n' }, { rules: { demo: 'error', 'demo/shout': 'warn' } });
    expect(json((await runIn(dir, ['--format', 'json', 'post.md'])).stdout)[0]!.messages.map((m) => m.severity)).toEqual([2, 1]);
    const r = await runIn(dir, ['--format', 'json', '--rule', 'demo: off', 'post.md']);
    expect(json(r.stdout)[0]!.messages).toEqual([]);
    const opt = await runIn(dir, ['--format', 'json', '--rule', 'demo/word: [warn, {word: LOUD}]', 'post.md']);
    // Same span: sorted by rule id.
    expect(json(opt.stdout)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['demo/shout', 1],
      ['demo/word', 1],
    ]);
  });

  it('--print-config prints the resolved rules, preset and settings for a file', async () => {
    const dir = demoProject({ 'post.md': 'x' }, { extends: ['office'], settings: { phoneRegions: ['KE'] } });
    const r = await runIn(dir, ['--print-config', 'post.md']);
    expect(r.exitCode).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.preset).toBe('office');
    expect(cfg.rules['demo/word']).toEqual(['error', { word: 'forbidden' }]);
    expect(cfg.settings.phoneRegions).toEqual(['KE']);
    expect(cfg.configFile).toBe(path.join(dir, '.unlinterrc.json'));
  });
});

describe('config errors stop with exit 2 and name the file and key path', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an unknown top-level key, with a suggestion', { '.unlinterrc.json': '{"rulez": {}}' }, /\.unlinterrc\.json: rulez: unknown key "rulez" \(did you mean "rules"\?\)/],
    ['an unknown rule id', { '.unlinterrc.json': '{"rules": {"neutrallity": "warn"}}' }, /\.unlinterrc\.json: rules\["neutrallity"\]|rules\.neutrallity: unknown rule "neutrallity" \(did you mean "neutrality"\?\)/],
    ['an unknown check id', { '.unlinterrc.json': '{"rules": {"privacy-and-safety/nope": "warn"}}' }, /\.unlinterrc\.json: rules\["privacy-and-safety\/nope"\]: unknown rule "privacy-and-safety\/nope"/],
    ['a bad severity', { '.unlinterrc.json': '{"rules": {"neutrality": "loud"}}' }, /\.unlinterrc\.json: rules\.neutrality: /],
    ['an unknown preset', { '.unlinterrc.json': '{"extends": "persnal"}' }, /\.unlinterrc\.json: extends: unknown preset "persnal" \(did you mean "personal"\?\)/],
    ['an unknown settings key', { '.unlinterrc.json': '{"settings": {"organization": {"domain": ["x.org"]}}}' }, /settings\.organization\.domain: unknown key "domain" \(did you mean "domains"\?\)/],
    ['a bad settings value', { '.unlinterrc.json': '{"settings": {"phoneRegions": "KE"}}' }, /settings\.phoneRegions: /],
    ['invalid YAML', { '.unlinterrc.yaml': 'rules: [unclosed\n' }, /\.unlinterrc\.yaml: cannot read config/],
    ['a config that is not an object', { '.unlinterrc.json': '[1, 2]' }, /\.unlinterrc\.json: a config must be an object/],
    ['a missing plugin', { '.unlinterrc.json': '{"plugins": ["./nope.mjs"]}' }, /\.unlinterrc\.json: plugins: plugin "\.\/nope\.mjs" failed to load/],
    ['a plugin without rules', { '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'p.mjs': 'export const x = 1;' }, /plugins: plugin "\.\/p\.mjs" is not a valid unlinter plugin: it exports no "rules" array/],
    ['a plugin that throws on load', { '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'p.mjs': 'throw new Error("plugin boom");' }, /plugins: plugin "\.\/p\.mjs" failed to load: plugin boom/],
    ['a plugin rule with a bad meta', { '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'p.mjs': 'export const rules = [{ meta: { id: "Bad Id" }, checks: {} }];' }, /not a valid unlinter plugin: rules\[0\]\.meta\.id/],
  ];
  for (const [what, files, message] of cases) {
    it(what, async () => {
      const dir = tmpProject({ ...files, 'post.md': 'Hello.\n' });
      const r = await runIn(dir, ['post.md']);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain(dir);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('bad rule options name the option and suggest the right one', async () => {
    const dir = demoProject({ 'post.md': 'x' }, { rules: { demo: ['warn', { wrod: 'x' }] } });
    const r = await runIn(dir, ['post.md']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/options of "demo": rules\.demo\[1\]\.wrod: unknown key "wrod" \(did you mean "word"\?\)/);
  });

  it('a plugin whose check throws is a crash naming the rule and the file, exit 2', async () => {
    const plugin = fs.readFileSync(DEMO_PLUGIN, 'utf8').replace("find(doc, /\\bLOUD\\b/g", "throw new Error('check boom'); find(doc, /\\bLOUD\\b/g");
    const dir = tmpProject({ 'p.mjs': plugin.replace("from 'zod'", `from ${JSON.stringify(import.meta.resolve('zod'))}`), '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'post.md': 'x' });
    const r = await runIn(dir, ['post.md']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`unlinter crashed while linting ${path.join(dir, 'post.md')}`);
    expect(r.stderr).toContain('Rule "demo/shout": threw check boom');
  });
});
