/**
 * Generated files and metadata stay in step with the code: the README rule table, the example
 * config, and the fixtures that exercise every message of every rule.
 * `npm run sync` rewrites the README table and `.unlinterrc.example` after a deliberate change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtinRules } from '../rules/index.js';
import { exampleConfig, ruleTable } from '../src/docs/generate.js';
import { buildConfig } from '../src/config/load.js';
import { validateRuleModule } from '../src/config/plugin.js';
import { FIXTURES, ROOT, listCases } from './support/fixtures.js';

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

describe('generated files', () => {
  it('the README rule table matches the rule metadata', async () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const i = readme.indexOf(START);
    const j = readme.indexOf(END);
    expect(i, 'README has the rules-table markers').toBeGreaterThan(0);
    expect(j).toBeGreaterThan(i);
    const expected = `${readme.slice(0, i + START.length)}\n${ruleTable(builtinRules)}\n${readme.slice(j)}`;
    await expect(expected).toMatchFileSnapshot(path.join(ROOT, 'README.md'));
  });

  it('.unlinterrc.example lists every key and every rule with its default', async () => {
    await expect(exampleConfig(builtinRules)).toMatchFileSnapshot(path.join(ROOT, '.unlinterrc.example'));
  });

  it('.unlinterrc.example is a valid config that changes nothing', async () => {
    const file = path.join(ROOT, '.unlinterrc.example');
    const data = parseYaml(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    const cfg = await buildConfig(file, data);
    const rules = data.rules as Record<string, string>;
    for (const m of builtinRules) {
      for (const [name, c] of Object.entries(m.meta.checks)) expect(rules[`${m.meta.id}/${name}`], `${m.meta.id}/${name}`).toBe(c.presets?.recommended ?? c.severity);
    }
    expect(cfg.modules.length).toBe(builtinRules.length);
  });
});

describe('rule metadata', () => {
  it('registers the seven guidance modules in id order, each with a folder of its own name', () => {
    const ids = builtinRules.map((m) => m.meta.id);
    expect(ids).toEqual(['emblems-and-disclaimer', 'it-security', 'manager-approval', 'neutrality', 'privacy-and-safety', 'think-before-posting', 'trustworthiness']);
    for (const id of ids) expect(fs.existsSync(path.join(ROOT, 'rules', id, 'index.ts')), id).toBe(true);
  });

  for (const m of builtinRules) {
    it(`${m.meta.id}: metadata is complete and consistent`, () => {
      validateRuleModule(m, m.meta.id);
      const used = new Set(Object.values(m.meta.checks).flatMap((c) => c.messages));
      for (const id of Object.keys(m.meta.messages)) expect(used.has(id), `message "${id}" belongs to no check`).toBe(true);
      expect(() => m.meta.options.parse({})).not.toThrow();
    });

    it(`${m.meta.id}: has valid/ and invalid/ fixtures that exercise every message`, () => {
      if (Object.keys(m.meta.checks).length === 0) return;
      expect(fs.existsSync(path.join(FIXTURES, m.meta.id, 'valid'))).toBe(true);
      const valid = listCases(m.meta.id, 'valid');
      const invalid = listCases(m.meta.id, 'invalid');
      expect(valid.length).toBeGreaterThan(0);
      expect(invalid.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const c of invalid) {
        expect(fs.existsSync(c.expectedFile), `${c.name} has an .expected.txt`).toBe(true);
        for (const line of fs.readFileSync(c.expectedFile, 'utf8').split('\n')) {
          const h = /^\d+:\d+-\d+:\d+ (?:error|warn) (\S+) (\S+)$/.exec(line);
          if (h) seen.add(`${h[1]} ${h[2]}`);
        }
      }
      for (const [name, c] of Object.entries(m.meta.checks)) {
        for (const msg of c.messages) expect(seen.has(`${m.meta.id}/${name} ${msg}`), `${m.meta.id}/${name} message "${msg}" is exercised by an invalid fixture`).toBe(true);
      }
    });
  }
});
