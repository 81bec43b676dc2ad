import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/lint-source.js';
import { buildConfig } from '../../src/config/load.js';
import { safeFormat } from '../../rules/manager-approval/options.js';

async function lint(source: string, file = 'post.md', raw: Record<string, unknown> = {}) {
  const config = await buildConfig('/tmp/unlinter-manager.json', raw);
  const result = await lintSource(source, file, config);
  return result.messages.filter((m) => m.ruleId?.startsWith('manager-approval/'));
}

describe('manager-approval helpers', () => {
  it('accepts simple format patterns and refuses nested quantifiers, back-references and bad syntax', () => {
    expect(safeFormat('^[^,]{2,60},\\s*\\d{4}-\\d{2}-\\d{2}$')).toBe(true);
    expect(safeFormat('(a+)+$')).toBe(false);
    expect(safeFormat('(\\w*x)*')).toBe(false);
    expect(safeFormat('(a)\\1')).toBe(false);
    expect(safeFormat('([a-z')).toBe(false);
    expect(safeFormat('x'.repeat(201))).toBe(false);
  });
});

describe('manager-approval on drafts', () => {
  it('flags a work post with no clearance once, at the front matter', async () => {
    const msgs = await lint('---\ntitle: x\n---\n\nIn my role as officer I met my team and my colleagues.\n');
    expect(msgs.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([['manager-approval/work-post-without-approval', 'workPostNoApproval', 1]]);
    expect(msgs[0]!.message).toContain('approved-by: "Name, YYYY-MM-DD"');
  });
  it('accepts any spelling of the approval key', async () => {
    for (const key of ['approved-by', 'approved_by', 'approvedBy', 'Approved By', 'clearance']) {
      expect(await lint(`---\n${key}: "Ana, 2026-01-01"\n---\n\nIn my role as officer I met people.\n`)).toEqual([]);
    }
  });
  it('leaves a holiday post alone', async () => {
    expect(await lint('We swam, we ate fish, we slept. My sister won at cards.\n')).toEqual([]);
  });
  it('refuses an unsafe approvalFormat in the config', async () => {
    await expect(buildConfig('/tmp/unlinter-manager.json', { rules: { 'manager-approval': ['warn', { approvalFormat: '(a+)+$' }] } })).rejects.toThrow();
  });
  it('returns on 100 KB and 200 KB adversarial inputs', async () => {
    const unit = [
      'my my my team team team our our our programme programme in in in my role as as as ',
      'Approved by: ' + 'pending '.repeat(30) + '\n',
      'approval:' + ' '.repeat(50) + ':::' + '\n',
      'I I I work work for for the the the ' + 'my '.repeat(40) + '\n',
    ].join('');
    for (const size of [100_000, 200_000]) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const msgs = await lint(text, 'post.txt', { extends: ['office'] });
      expect(msgs.length).toBeGreaterThan(0);
    }
  });
});
