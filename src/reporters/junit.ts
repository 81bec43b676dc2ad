/**
 * JUnit XML, for CI test-report pages (GitLab, Jenkins, Azure Pipelines, CircleCI): a test suite
 * per file and a failing test case per finding, its type `error` or `warning`, as ESLint's `junit`
 * formatter does. A file with no findings is one passing test case, so the report lists every
 * file that was checked.
 */
import type { Reporter } from './types.js';
import { displayPath } from './display-path.js';
import { xmlAttributes, xmlEscape } from './xml.js';

export const junit: Reporter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const r of results) {
    const file = displayPath(r.filePath, ctx.cwd);
    const cases: string[] = [];
    if (r.messages.length === 0) {
      cases.push(`    <testcase ${xmlAttributes({ name: 'unlinter', classname: file, time: 0 })} />`);
    }
    for (const m of r.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      cases.push(
        `    <testcase ${xmlAttributes({ name: `${m.ruleId} (${m.line}:${m.column})`, classname: file, time: 0 })}>`,
        `      <failure ${xmlAttributes({ message: m.message, type: severity })}>${xmlEscape(`${file}:${m.line}:${m.column}: ${severity} ${m.message} [${m.ruleId}]`)}</failure>`,
        '    </testcase>',
      );
    }
    const count = Math.max(1, r.messages.length);
    tests += count;
    failures += r.messages.length;
    suites.push(`  <testsuite ${xmlAttributes({ name: file, tests: count, failures: r.messages.length, errors: 0, skipped: 0, time: 0 })}>`, ...cases, '  </testsuite>');
  }
  return ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites ${xmlAttributes({ name: 'unlinter', tests, failures, errors: 0, time: 0 })}>`, ...suites, '</testsuites>', ''].join('\n');
};
