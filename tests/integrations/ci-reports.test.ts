/**
 * The README's CI-report snippets run as written: GitLab's JUnit job script and Jenkins'
 * Checkstyle step, in a blog repository, with the reports parsed back by an XML parser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { demoConfig } from '../support/project.js';
import { readmeSnippet } from '../support/readme.js';
import { bash, consumerRepo, output } from '../support/consumer.js';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name) });

function blog(): string {
  return consumerRepo({
    '.unlinterrc.json': demoConfig(),
    'posts/2021/visit.md': '# A visit\n\nA forbidden word, and a LOUD one.\n',
    'posts/2022/clean.md': 'Fine.\n',
  });
}

describe('README: GitLab CI with a JUnit report', () => {
  it('the job script writes the report the artifacts name, one suite per draft', { timeout: 120_000 }, () => {
    const job = (parseYaml(readmeSnippet('gitlab-junit')) as Record<string, { script: string[]; artifacts: { when: string; reports: { junit: string } } }>).unlinter!;
    expect(job.artifacts.when).toBe('always');
    // `npm ci` installs unlinter from the lock file; here it is already installed (no registry).
    expect(job.script[0]).toBe('npm ci');
    const dir = blog();
    const r = bash(dir, job.script.slice(1).join('\n'));
    expect(r.status, output(r)).toBe(1);
    const report = fs.readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8');
    expect(XMLValidator.validate(report)).toBe(true);
    const doc = xml.parse(report);
    expect(doc.testsuites.testsuite.map((s: { name: string }) => s.name)).toEqual(['posts/2021/visit.md', 'posts/2022/clean.md']);
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases.map((c: { failure: { type: string } }) => c.failure.type)).toEqual(['error', 'warning']);
  });
});

describe('README: Jenkins with a Checkstyle report', () => {
  it('the sh step writes the file recordIssues reads', { timeout: 120_000 }, () => {
    const snippet = readmeSnippet('jenkins-checkstyle');
    const command = /^sh '([^']+)'$/m.exec(snippet)?.[1];
    const pattern = /checkStyle\(pattern: '([^']+)'\)/.exec(snippet)?.[1];
    expect(command).toBeDefined();
    expect(pattern).toBeDefined();
    const dir = blog();
    const r = bash(dir, command!);
    expect(r.status, output(r)).toBe(0);
    const report = fs.readFileSync(path.join(dir, pattern!), 'utf8');
    expect(XMLValidator.validate(report)).toBe(true);
    const files = xml.parse(report).checkstyle.file as Array<{ name: string; error?: Array<{ line: string; severity: string; source: string }> }>;
    expect(files.map((f) => path.relative(dir, f.name))).toEqual(['posts/2021/visit.md', 'posts/2022/clean.md']);
    expect(files[0]!.error!.map((e) => [e.line, e.severity, e.source])).toEqual([
      ['3', 'error', 'unlinter.rules.demo/word'],
      ['3', 'warning', 'unlinter.rules.demo/shout'],
    ]);
  });
});
