/**
 * SARIF 2.1.0, the format GitHub code scanning and other security dashboards read. The tool's
 * rule list has one entry per check of every module known to the run (not only those that found
 * something), each with its guidance section and help text from the rule metadata, so a dashboard
 * can explain a finding without unlinter's docs. The drafts' text is never included: no snippets,
 * only positions and the (masked) messages.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Reporter } from './types.js';
import { ruleCatalog, type CatalogEntry } from './rule-catalog.js';
import { VERSION } from '../version.js';

/** The id SARIF consumers use to resolve relative result paths against the checkout. */
const SRCROOT = '%SRCROOT%';

export const sarif: Reporter = (results, ctx) => {
  const catalog = ruleCatalog(ctx.modules);
  const index = new Map<string, number>();
  const rules: ReportingDescriptor[] = [];
  const addRule = (entry: CatalogEntry): number => {
    const at = rules.length;
    rules.push(descriptor(entry));
    index.set(entry.id, at);
    return at;
  };
  for (const entry of catalog) if (!index.has(entry.id)) addRule(entry);

  const out: Result[] = [];
  for (const r of results) {
    const uri = artifactUri(r.filePath, ctx.cwd);
    for (const m of r.messages) {
      // A rule id no module declares (an unusual plugin) still gets an entry, so every result
      // resolves to a rule.
      const ruleIndex = index.get(m.ruleId) ?? addRule(unknownRule(m.ruleId));
      out.push({
        ruleId: m.ruleId,
        ruleIndex,
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: uri.relative ? { uri: uri.value, uriBaseId: SRCROOT } : { uri: uri.value },
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, m.column) },
            },
          },
        ],
      });
    }
  }

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'unlinter', version: VERSION, semanticVersion: VERSION, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** A rule's SARIF descriptor: descriptions, help in text and markdown, default level. */
function descriptor(e: CatalogEntry): ReportingDescriptor {
  const text = [
    `${e.description}`,
    '',
    `Guidance section: ${e.section}.`,
    e.guidance,
    ...(e.messages.length ? ['', 'What unlinter says when it finds this:', ...e.messages.map((m) => `- ${m}`)] : []),
    ...(e.docs ? ['', `Documentation: ${e.docs}`] : []),
  ].join('\n');
  const markdown = [
    `${e.description}`,
    '',
    `**Guidance section: ${e.section}.** ${e.guidance}`,
    ...(e.messages.length ? ['', 'What unlinter says when it finds this:', '', ...e.messages.map((m) => `- ${m}`)] : []),
    ...(e.docs ? ['', `Documentation: ${e.docs}`] : []),
  ].join('\n');
  return {
    id: e.id,
    name: e.id,
    shortDescription: { text: e.description },
    fullDescription: { text: `${e.description} (${e.section}: ${e.moduleDescription})` },
    help: { text, markdown },
    // helpUri must be an absolute URI; a path inside unlinter's repository stays in the help text.
    ...(e.docs && /^https?:\/\//i.test(e.docs) ? { helpUri: e.docs } : {}),
    defaultConfiguration: { enabled: e.severity !== 'off', level: e.severity === 'error' ? 'error' : e.severity === 'warn' ? 'warning' : 'none' },
    properties: { section: e.section, tags: ['unlinter', e.id.split('/')[0] ?? e.id] },
  };
}

function unknownRule(id: string): CatalogEntry {
  return {
    id,
    description: `Findings of "${id}".`,
    section: 'unknown',
    guidance: 'No module known to this run declares this rule id.',
    moduleDescription: 'Unknown rule.',
    severity: 'warn',
    messages: [],
  };
}

/** A result path as a URI: relative (with `%SRCROOT%`) inside the cwd, an absolute file URI outside. */
function artifactUri(filePath: string, cwd: string): { value: string; relative: boolean } {
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { value: rel.split(path.sep).map((part) => encodeURIComponent(wellFormed(part))).join('/'), relative: true };
  }
  return { value: pathToFileURL(filePath).href, relative: false };
}

// Why: a lone surrogate (possible in a Windows file name) makes encodeURIComponent throw; it
// becomes U+FFFD, as the WHATWG URL serialiser does.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\ufffd');
}
