/**
 * The CI formats: GitHub workflow commands, SARIF 2.1.0 (validated against the official schema),
 * JUnit and Checkstyle XML (parsed back). Each is also run end to end through `run()`.
 */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { github, escapeData, escapeProperty } from '../src/reporters/github.js';
import { sarif } from '../src/reporters/sarif.js';
import { junit } from '../src/reporters/junit.js';
import { checkstyle } from '../src/reporters/checkstyle.js';
import { FORMAT_NAMES } from '../src/reporters/index.js';
import { builtinRules } from '../rules/index.js';
import type { AnyRuleModule, LintResult } from '../src/types.js';
import { demoProject, runIn } from './support/project.js';
import { tmpProject } from './support/tmp.js';
import { sarifVerdict as valid, validateSarif as validate } from './support/sarif-schema.js';

const results: LintResult[] = [
  {
    filePath: '/blog/posts/a.md',
    errorCount: 1,
    warningCount: 1,
    messages: [
      { ruleId: 'demo/word', messageId: 'word', severity: 2, message: 'Forbidden word "forbidden": use another.', line: 3, column: 12, endLine: 3, endColumn: 21 },
      { ruleId: 'demo/shout', messageId: 'shout', severity: 1, message: 'Loud word: calm down.', line: 10, column: 1, endLine: 10, endColumn: 5 },
    ],
  },
  { filePath: '/blog/posts/b.md', errorCount: 0, warningCount: 0, messages: [] },
];
const ctx = { cwd: '/blog', color: 0 as const, modules: [] as AnyRuleModule[] };

/** A message that tries everything: markup, entities, a forged workflow command, control characters. */
const NASTY = 'Word "<b>&amp;</b>" 100%\r\n::error file=x.md::forged\u001b[31m \'q\' %0A, a: b';
const nasty: LintResult = {
  filePath: '/blog/posts/odd, name: 50%.md',
  errorCount: 1,
  warningCount: 0,
  messages: [{ ruleId: 'demo/word', messageId: 'word', severity: 2, message: NASTY, line: 1, column: 1, endLine: 1, endColumn: 4 }],
};

/** Parse a workflow command line as the Actions runner does (ActionCommand.TryParse and its unescaping). */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } | null {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return null;
  const unescape = (s: string, property: boolean) => {
    let v = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) v = v.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return v.replace(/%25/g, '%');
  };
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { command: m[1]!, props, data: unescape(m[3]!, false) };
}

describe('--format github', () => {
  it('prints one annotation per finding with file, position and rule', () => {
    expect(github(results, ctx)).toBe(
      [
        '::error file=posts/a.md,line=3,col=12,endLine=3,endColumn=21,title=unlinter demo/word::Forbidden word "forbidden": use another.',
        '::warning file=posts/a.md,line=10,col=1,endLine=10,endColumn=5,title=unlinter demo/shout::Loud word: calm down.',
        'unlinter found 1 error and 1 warning.',
        '',
      ].join('\n'),
    );
    expect(github([results[1]!], ctx)).toBe('');
  });

  it('escapes data and properties per the workflow-command rules', () => {
    expect(escapeData('100%\r\nnext')).toBe('100%25%0D%0Anext');
    expect(escapeProperty('a,b: 5%\n')).toBe('a%2Cb%3A 5%25%0A');
  });

  it('keeps a hostile message on one line and the runner reads back exactly what was meant', () => {
    const out = github([nasty], ctx);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(out).not.toContain('\u001b');
    const parsed = parseCommand(lines[0]!);
    expect(parsed?.command).toBe('error');
    expect(parsed?.props).toMatchObject({ file: 'posts/odd, name: 50%.md', line: '1', col: '1', title: 'unlinter demo/word' });
    // The escape character is shown as text; everything else comes back unchanged.
    expect(parsed?.data).toBe(NASTY.replace('\u001b', '\\x1b'));
  });
});

describe('--format sarif', () => {
  it('the validator rejects a log that breaks the schema (so the checks below can fail)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', helpUri: 'not a uri' }] } } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  });

  it('is valid SARIF 2.1.0 with one rule entry per check, guidance section and help from the metadata', () => {
    const out = sarif(results, { ...ctx, modules: builtinRules });
    expect(valid(out)).toBe('valid');
    const log = JSON.parse(out);
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<{ id: string; help: { text: string; markdown: string }; properties: { section: string }; shortDescription: { text: string } }>;
    const checks = builtinRules.flatMap((m) => Object.keys(m.meta.checks).map((c) => ({ id: `${m.meta.id}/${c}`, m, c })));
    for (const { id, m, c } of checks) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect(rule!.shortDescription.text).toBe(m.meta.checks[c]!.description);
      expect(rule!.properties.section).toBe(m.meta.section);
      expect(rule!.help.text).toContain(m.meta.section);
      expect(rule!.help.text).toContain(m.meta.guidance);
      for (const messageId of m.meta.checks[c]!.messages) expect(rule!.help.text).toContain(m.meta.messages[messageId]!);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const id of ['input-error', 'parse-error', 'unknown-rule', 'unused-directive']) expect(rules.map((r) => r.id)).toContain(id);
    // demo/* is not among these modules, so each gets an entry of its own and results still resolve.
    expect(run.results).toHaveLength(2);
    for (const r of run.results) expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(run.results[0]).toMatchObject({
      ruleId: 'demo/word',
      level: 'error',
      message: { text: 'Forbidden word "forbidden": use another.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 21 } } }],
    });
    expect(run.results[1].level).toBe('warning');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///blog/');
  });

  it('links each rule to its documentation: helpUri when it is a URL, the path in the help text otherwise', () => {
    const plugin = { meta: { ...builtinRules[0]!.meta, id: 'demo', docs: 'https://example.org/demo-rules', checks: { word: { description: 'Finds a word.', severity: 'error' as const, messages: [] } } }, checks: {} } as AnyRuleModule;
    const out = sarif(results, { ...ctx, modules: [...builtinRules, plugin] });
    expect(valid(out)).toBe('valid');
    const rules = JSON.parse(out).runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string; help: { text: string } }>;
    expect(rules.find((r) => r.id === 'demo/word')!.helpUri).toBe('https://example.org/demo-rules#word');
    for (const r of rules.filter((x) => !x.id.startsWith('demo/'))) {
      expect(r.help.text, r.id).toMatch(/\nDocumentation: \S+$/);
      if (r.helpUri !== undefined) expect(r.helpUri).toMatch(/^https?:\/\//);
    }
  });

  it('stays valid with odd paths, files outside the cwd and hostile messages', () => {
    const outside: LintResult = { ...nasty, filePath: '/elsewhere/x y#1.md' };
    const out = sarif([nasty, outside], ctx);
    expect(valid(out)).toBe('valid');
    const run = JSON.parse(out).runs[0];
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('posts/odd%2C%20name%3A%2050%25.md');
    expect(run.results[1].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/x%20y%231.md' });
    expect(run.results[0].message.text).toBe(NASTY);
  });

  it('never includes the draft text', () => {
    const out = sarif([{ ...results[0]!, source: 'a private sentence from the draft' }], ctx);
    expect(out).not.toContain('a private sentence');
  });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name) });

describe('--format junit', () => {
  it('is well-formed: a suite per file, a failing case per finding, a passing case for a clean file', () => {
    const out = junit(results, ctx);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = xml.parse(out);
    expect(doc.testsuites).toMatchObject({ name: 'unlinter', tests: '3', failures: '2' });
    const [a, b] = doc.testsuites.testsuite;
    expect(a).toMatchObject({ name: 'posts/a.md', tests: '2', failures: '2' });
    expect(a.testcase[0]).toMatchObject({ name: 'demo/word (3:12)', classname: 'posts/a.md', failure: { type: 'error', message: 'Forbidden word "forbidden": use another.' } });
    expect(a.testcase[0].failure['#text']).toBe('posts/a.md:3:12: error Forbidden word "forbidden": use another. [demo/word]');
    expect(a.testcase[1].failure.type).toBe('warning');
    expect(b).toMatchObject({ name: 'posts/b.md', tests: '1', failures: '0' });
    expect(b.testcase[0].failure).toBeUndefined();
  });

  it('escapes markup and control characters so the document stays well-formed', () => {
    const out = junit([nasty], ctx);
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: true }).parse(out);
    expect(doc.testsuites.testsuite.testcase.failure.message).toBe(NASTY.replace('\r', '\\x0d').replace('\n', '\\x0a').replace('\u001b', '\\x1b'));
  });
});

describe('--format checkstyle', () => {
  it("is well-formed and shaped like ESLint's checkstyle output", () => {
    const out = checkstyle(results, ctx);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = xml.parse(out);
    expect(doc.checkstyle.version).toBe('4.3');
    const [a, b] = doc.checkstyle.file;
    expect(a.name).toBe('/blog/posts/a.md');
    expect(a.error).toEqual([
      { line: '3', column: '12', severity: 'error', message: 'Forbidden word "forbidden": use another. (demo/word)', source: 'unlinter.rules.demo/word' },
      { line: '10', column: '1', severity: 'warning', message: 'Loud word: calm down. (demo/shout)', source: 'unlinter.rules.demo/shout' },
    ]);
    expect(b.name).toBe('/blog/posts/b.md');
    expect(b.error).toBeUndefined();
  });

  it('escapes markup and control characters', () => {
    const out = checkstyle([nasty], ctx);
    expect(XMLValidator.validate(out)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true }).parse(out);
    expect(doc.checkstyle.file.name).toBe('/blog/posts/odd, name: 50%.md');
    expect(doc.checkstyle.file.error.message).toBe(`${NASTY.replace('\r', '\\x0d').replace('\n', '\\x0a').replace('\u001b', '\\x1b')} (demo/word)`);
  });
});

describe('the CI formats through the command line', () => {
  const project = () => demoProject({ 'posts/a.md': 'A forbidden word.\n\nLOUD here.\n', 'posts/b.md': 'Nothing to see.\n' });

  it('--no-warn-ignored: files named on the command line that an ignore pattern skips are left out silently', async () => {
    const dir = demoProject({ '.unlinterignore': 'archive/\n', 'archive/old.md': 'forbidden\n', 'posts/a.md': 'Fine.\n' });
    const warned = await runIn(dir, ['--format', 'compact', 'archive/old.md', 'posts/a.md']);
    expect(warned.stdout).toContain('archive/old.md:1:1: warning File ignored');
    const quiet = await runIn(dir, ['--no-warn-ignored', '--max-warnings', '0', '--format', 'compact', 'archive/old.md', 'posts/a.md']);
    expect([quiet.exitCode, quiet.stdout]).toEqual([0, '']);
    // Only ignored files named: nothing to lint, and that is not an error.
    expect((await runIn(dir, ['--no-warn-ignored', 'archive/old.md'])).exitCode).toBe(0);
  });

  it('accepts every new --format name', () => {
    expect(FORMAT_NAMES).toEqual(expect.arrayContaining(['github', 'sarif', 'junit', 'checkstyle']));
  });

  it('github: annotations with paths relative to the cwd, exit code as usual', async () => {
    const r = await runIn(project(), ['--format', 'github', '.']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('::error file=posts/a.md,line=1,col=3,endLine=1,endColumn=12,title=unlinter demo/word::Forbidden word "forbidden": use another.');
    expect(r.stdout).toContain('::warning file=posts/a.md,line=3,col=1,');
  });

  it('sarif: lists the checks of every module known to the run, plugins included', async () => {
    const r = await runIn(project(), ['--format', 'sarif', '.']);
    const run = JSON.parse(r.stdout).runs[0];
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['demo/word', 'demo/shout']));
    const demo = run.tool.driver.rules.find((x: { id: string }) => x.id === 'demo/word');
    expect(demo.properties.section).toBe('Demo section');
    expect(demo.help.text).toContain('A demo of the plugin API.');
    expect(demo.defaultConfiguration.level).toBe('error');
    expect(run.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['demo/word', 'demo/shout']);
  });

  it('junit and checkstyle: every linted file is in the report', async () => {
    const dir = project();
    const j = xml.parse((await runIn(dir, ['--format', 'junit', '.'])).stdout);
    expect(j.testsuites.testsuite.map((s: { name: string }) => s.name)).toEqual(['posts/a.md', 'posts/b.md']);
    const c = xml.parse((await runIn(dir, ['--format', 'checkstyle', '.'])).stdout);
    expect(c.checkstyle.file).toHaveLength(2);
  });

  it('personal data stays masked in every format', async () => {
    // A fictional person's mobile number and private address: both are findings, shown masked.
    const dir = tmpProject({ 'post.md': 'Call me on +254 712 345 612 or write to amina.example@gmail.com.\n' });
    const json = JSON.parse((await runIn(dir, ['--no-config-lookup', '--format', 'json', 'post.md'])).stdout);
    expect(json[0].messages.length).toBeGreaterThan(0);
    for (const format of FORMAT_NAMES) {
      const r = await runIn(dir, ['--no-config-lookup', '--format', format, 'post.md']);
      expect(r.exitCode, format).not.toBe(2);
      expect(r.stdout, format).not.toMatch(/712 345 612|712345612|amina\.example/);
    }
  });
});
