/**
 * One generated suite over `fixtures/<rule-id>/{valid,invalid}`: valid drafts give no finding from
 * their module; invalid drafts give exactly the findings in `<case>.expected.txt`.
 * Refresh expectations after a deliberate change with `npx vitest run tests/fixtures.test.ts -u`.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { lintSource } from '../src/lint-source.js';
import { loadImageAssets } from '../src/files/assets.js';
import { fixtureConfig, listCases } from './support/fixtures.js';
import { renderFindings } from './support/render.js';

for (const module of builtinRules) {
  const id = module.meta.id;
  describe(`fixtures: ${id}`, () => {
    for (const c of listCases(id, 'valid')) {
      it(`valid/${c.name} has no ${id} finding`, async () => {
        const source = fs.readFileSync(c.file, 'utf8');
        const result = await lintSource(source, c.file, await fixtureConfig(c), { loadAssets: loadImageAssets });
        const own = result.messages.filter((m) => m.ruleId.startsWith(id + '/'));
        expect(renderFindings(source, own)).toBe('');
      });
    }
    for (const c of listCases(id, 'invalid')) {
      it(`invalid/${c.name} gives the expected findings`, async () => {
        const source = fs.readFileSync(c.file, 'utf8');
        const result = await lintSource(source, c.file, await fixtureConfig(c), { loadAssets: loadImageAssets });
        const own = result.messages.filter((m) => m.ruleId.startsWith(id + '/'));
        expect(own.length, 'an invalid fixture must give at least one finding').toBeGreaterThan(0);
        await expect(renderFindings(source, own)).toMatchFileSnapshot(c.expectedFile);
      });
    }
  });
}
