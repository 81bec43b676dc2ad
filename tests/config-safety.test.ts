/**
 * Config safety. YAML and JSON configs are data: a YAML tag that other loaders turn into code
 * (`!!js/function`, `!!python/object/apply`), an alias bomb, `__proto__` keys or template-looking
 * strings do not run anything, do not pollute prototypes and do not hang. A `.js`/`.mjs` config
 * and a plugin are JavaScript and do run, as the README and SECURITY.md say. A plugin whose check
 * throws or reports a malformed finding stops the run with exit 2, naming the rule and the file.
 *
 * Every "would run code" payload below sets `globalThis.__unlinterPwned` or creates a marker file;
 * the tests check that neither happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PLUGIN, runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';

declare global {
  // eslint-disable-next-line no-var
  var __unlinterPwned: string | undefined;
}

const POST = { 'post.md': 'A quiet week of planning with partners.\n' };

afterEach(() => {
  delete globalThis.__unlinterPwned;
});

/** Nothing ran: no global flag, no marker file, no polluted prototype. */
function expectNothingRan(dir: string): void {
  expect(globalThis.__unlinterPwned).toBeUndefined();
  expect(fs.existsSync(path.join(dir, 'pwned'))).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
}

describe('a YAML config cannot run code', () => {
  const marker = (dir: string) => `globalThis.__unlinterPwned = "yes"; require("fs").writeFileSync(${JSON.stringify(path.join(dir, 'pwned'))}, "x")`;
  const payloads: Array<[string, (dir: string) => string]> = [
    ['!!js/function', (d) => `rules: !!js/function 'function () { ${marker(d)} }'\n`],
    ['a !!js/function in settings', (d) => `settings:\n  organization:\n    names:\n      - !!js/function 'function () { ${marker(d)} }'\n`],
    ['the verbatim js/function tag', (d) => `rules: !<tag:yaml.org,2002:js/function> 'function () { ${marker(d)} }'\n`],
    ['!!js/regexp and !!js/undefined', () => `ignorePatterns: [!!js/regexp /x/, !!js/undefined '']\n`],
    ['!!python/object/apply', (d) => `rules: !!python/object/apply:os.system ["touch ${path.join(d, 'pwned')}"]\n`],
    ['a custom local tag', () => `rules: !include ./other.yaml\n`],
  ];

  for (const [what, body] of payloads) {
    for (const name of ['.unlinterrc.yaml', '.unlinterrc']) {
      it(`${what} in ${name}: exit 2 naming the file, nothing runs`, async () => {
        const dir = tmpProject({ ...POST });
        fs.writeFileSync(path.join(dir, name), body(dir));
        const r = await runIn(dir, ['post.md']);
        expect(r.exitCode).toBe(2);
        expect(r.stderr).toContain(path.join(dir, name));
        expect(r.stderr).not.toMatch(/\n\s+at /); // a clear message, not a stack
        expectNothingRan(dir);
      });
    }
  }

  it('an alias bomb ("billion laughs") is refused or read quickly, without running out of memory', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const dir = tmpProject({ ...POST, '.unlinterrc.yaml': `${levels.map((l) => `x-${l}`).join('\n')}\nsettings:\n  political:\n    parties: *i\n` });
    const r = await runIn(dir, ['post.md']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('.unlinterrc.yaml');
    expectNothingRan(dir);
  }, 60_000);

  it('a prototype key in YAML pollutes nothing', async () => {
    const dir = tmpProject({ ...POST, '.unlinterrc.yaml': 'settings:\n  __proto__:\n    polluted: true\n' });
    const r = await runIn(dir, ['post.md']);
    expect([0, 2]).toContain(r.exitCode);
    expectNothingRan(dir);
  });
});

describe('a JSON config cannot run code', () => {
  it('strings that look like code or templates are plain data: the run lints normally', async () => {
    const config = {
      settings: {
        organization: { names: ['${process.exit(3)}', "{{constructor.constructor('globalThis.__unlinterPwned = 1')()}}", '`touch pwned`', '$(touch pwned)'] },
        political: { parties: ['<script>globalThis.__unlinterPwned = 1</script>'] },
      },
    };
    const dir = tmpProject({ ...POST, '.unlinterrc.json': JSON.stringify(config) });
    const r = await runIn(dir, ['--format', 'json', 'post.md']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.exitCode);
    expectNothingRan(dir);
  });

  it('__proto__ and constructor keys pollute nothing: refused as unknown keys, or dropped inside `rules`', async () => {
    const cases: Array<[string, number]> = [
      ['{"__proto__": {"polluted": true}}', 2],
      ['{"settings": {"constructor": {"prototype": {"polluted": true}}}}', 2],
      ['{"settings": {"organization": {"__proto__": {"polluted": true}}}}', 2],
      // In a record of rule ids, the validator skips a `__proto__` key instead of assigning it.
      ['{"rules": {"__proto__": {"polluted": true}}}', 0],
    ];
    for (const [body, code] of cases) {
      const dir = tmpProject({ ...POST, '.unlinterrc.json': body });
      const r = await runIn(dir, ['post.md']);
      expect(r.exitCode, body).toBe(code);
      if (code === 2) expect(r.stderr, body).toContain('.unlinterrc.json');
      expectNothingRan(dir);
    }
  });

  it('the same in package.json ("unlinter" key)', async () => {
    const dir = tmpProject({ ...POST, 'package.json': JSON.stringify({ name: 'blog', unlinter: { __proto__: { polluted: true }, rules: { 'x-run': 'require("child_process")' } } }) });
    const r = await runIn(dir, ['post.md']);
    expect(r.exitCode).toBe(2);
    expectNothingRan(dir);
  });
});

describe('JavaScript configs and plugins do run code, as documented', () => {
  it('a .mjs config is JavaScript and runs when loaded (so it is documented as code)', async () => {
    const dir = tmpProject({ ...POST, '.unlinterrc.mjs': 'globalThis.__unlinterPwned = "config ran";\nexport default { rules: {} };\n' });
    const r = await runIn(dir, ['post.md']);
    expect([0, 1]).toContain(r.exitCode);
    expect(globalThis.__unlinterPwned).toBe('config ran');
  });

  it('a plugin named by a JSON config is JavaScript and runs when loaded', async () => {
    const dir = tmpProject({ ...POST, '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'p.mjs': 'globalThis.__unlinterPwned = "plugin ran";\nexport const rules = [];\n' });
    const r = await runIn(dir, ['post.md']);
    expect(globalThis.__unlinterPwned).toBe('plugin ran');
    expect(r.exitCode).toBe(2); // and it is refused afterwards: no rules
  });

  it('--config with a trusted file ignores the configs (and plugins) of the linted tree', async () => {
    const dir = tmpProject({ 'posts/post.md': 'A quiet week.\n', 'posts/.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'posts/p.mjs': 'globalThis.__unlinterPwned = "plugin ran";\nexport const rules = [];\n', 'trusted.yaml': 'extends: [recommended]\n' });
    const r = await runIn(dir, ['--config', 'trusted.yaml', 'posts']);
    expect([0, 1]).toContain(r.exitCode);
    expect(globalThis.__unlinterPwned).toBeUndefined();
    const none = await runIn(dir, ['--no-config-lookup', 'posts']);
    expect([0, 1]).toContain(none.exitCode);
    expect(globalThis.__unlinterPwned).toBeUndefined();
  });
});

describe('a plugin that misbehaves is reported by name, exit 2', () => {
  /** The demo plugin with its `shout` check replaced by `body`. */
  function brokenPlugin(body: string): string {
    const src = fs.readFileSync(DEMO_PLUGIN, 'utf8').replace("from 'zod'", `from ${JSON.stringify(import.meta.resolve('zod'))}`);
    return src.replace(/shout\(doc, ctx\) \{[\s\S]*?\n {6}\},/, `shout(doc, ctx) {\n        ${body}\n      },`);
  }
  const cases: Array<[string, string, RegExp]> = [
    ['throws', "throw new Error('check boom');", /Rule "demo\/shout": threw check boom/],
    ['rejects (async)', "return Promise.reject(new Error('async boom'));", /Rule "demo\/shout": threw async boom/],
    ['reports an unknown message id', "ctx.report({ messageId: 'nope', start: 0, end: 1 });", /Rule "demo\/shout": reported unknown message id "nope"/],
    ['reports a span past the end', "ctx.report({ messageId: 'shout', start: 0, end: doc.text.length + 10 });", /Rule "demo\/shout": reported a span outside the document/],
    ['reports a reversed span', "ctx.report({ messageId: 'shout', start: 3, end: 1 });", /Rule "demo\/shout": reported a span outside the document/],
    ['reports a fractional offset', "ctx.report({ messageId: 'shout', start: 0.5, end: 1 });", /Rule "demo\/shout": reported a span outside the document/],
    ['reports without offsets', "ctx.report({ messageId: 'shout' });", /Rule "demo\/shout": reported a span outside the document/],
  ];
  for (const [what, body, message] of cases) {
    it(`a check that ${what}`, async () => {
      const dir = tmpProject({ 'p.mjs': brokenPlugin(body), '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', 'post.md': 'Some text here.\n', 'other.md': 'More text.\n' });
      const r = await runIn(dir, ['post.md']);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`unlinter crashed while linting ${path.join(dir, 'post.md')}`);
      expect(r.stderr).toMatch(message);
    });
  }

  it('a check that throws on worker threads (--concurrency 2): the same answer, naming the rule and the file', async () => {
    const files = Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [`posts/${n}.md`, `Some text in ${n}.\n`]));
    const body = "if (doc.filePath.endsWith('c.md')) throw new Error('worker boom');";
    const dir = tmpProject({ 'p.mjs': brokenPlugin(body), '.unlinterrc.json': '{"plugins": ["./p.mjs"]}', ...files });
    const r = await runIn(dir, ['--concurrency', '2', 'posts']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`unlinter crashed while linting ${path.join(dir, 'posts/c.md')}`);
    expect(r.stderr).toMatch(/Rule "demo\/shout": threw worker boom/);
  });

  it('the replacement above really changes the plugin (the cases cannot pass by accident)', () => {
    expect(brokenPlugin('MARKER();')).toContain('MARKER();');
    expect(brokenPlugin('MARKER();')).not.toContain('LOUD\\b/g, (start, end)');
  });
});
