/**
 * The engine: runs the enabled checks over a Document and applies inline directives.
 * No file system, no process: (Document, resolved rules) -> findings.
 */
import type { AnyRuleModule, CheckContext, LintMessage, PresetName, RuleModule, Settings } from '../types.js';
import type { Document } from '../document/types.js';
import { formatMessage } from './format.js';
import { applyDirectives } from './directives.js';

/** A check that is on, with the severity and options it runs at. */
export interface ActiveCheck {
  name: string;
  severity: 'warn' | 'error';
  options: Record<string, unknown>;
}

/** The rules that apply to one file, resolved from config. */
export interface ResolvedRules {
  modules: ReadonlyArray<{ module: AnyRuleModule; checks: readonly ActiveCheck[] }>;
  settings: Settings;
  preset: PresetName;
  /** Severity of findings about directives that suppress nothing. */
  reportUnusedDirectives: 'off' | 'warn' | 'error';
  /** Every rule id that exists (modules and their checks), for directive validation. */
  knownRuleIds: ReadonlySet<string>;
}

export interface EngineOptions {
  /** Honour `unlinter-disable` comments (default true). */
  inlineConfig?: boolean;
}

/** A finding with offsets, before it becomes a LintMessage. */
export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: 'warn' | 'error';
  start: number;
  end: number;
}

/** A rule that threw or reported something malformed; the message names the rule. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Rule "${ruleId}": ${message}`, options);
    this.name = 'RuleError';
  }
}

/** Engine-level rule ids, for findings that no module makes. */
export const ENGINE_RULE_IDS = ['parse-error', 'input-error', 'unused-directive', 'unknown-rule'] as const;

/** Lint a prepared document. Returns ESLint-style messages sorted by position. */
export async function lintDocument(
  doc: Document,
  rules: ResolvedRules,
  options: EngineOptions = {},
): Promise<{ messages: LintMessage[]; suppressedCount: number }> {
  const findings: Finding[] = [];
  const fm = doc.frontMatter;
  if (fm?.error) {
    let at = Math.min(fm.error.offset, doc.text.length);
    let end = lineEndFrom(doc.text, at);
    // At the end of a line, underline the whole line instead of nothing.
    if (end === at) at = doc.lineStart(doc.lineOf(at));
    end = Math.max(at, end);
    findings.push({
      ruleId: 'parse-error',
      messageId: 'frontMatter',
      message: `Front matter (${fm.format.toUpperCase()}) does not parse: ${fm.error.message}. Fix it so its fields are checked; the body was still checked.`,
      severity: 'error',
      start: at,
      end,
    });
  }
  for (const { module, checks } of rules.modules) {
    for (const check of checks) {
      const pending = runCheck(doc, module as RuleModule, check, rules, findings);
      if (pending) await pending;
    }
  }
  let kept = dedupe(findings);
  let suppressedCount = 0;
  if (options.inlineConfig !== false && doc.directives.length > 0) {
    const applied = applyDirectives(doc, kept, rules.knownRuleIds, rules.reportUnusedDirectives);
    kept = applied.findings;
    suppressedCount = applied.suppressedCount;
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { messages: kept.map((f) => toMessage(doc, f)), suppressedCount };
}

function runCheck(doc: Document, module: RuleModule, check: ActiveCheck, rules: ResolvedRules, out: Finding[]): Promise<void> | undefined {
  const meta = module.meta;
  const ruleId = `${meta.id}/${check.name}`;
  const fn = module.checks[check.name];
  const declared = meta.checks[check.name];
  if (!fn || !declared) throw new RuleError(ruleId, 'the module declares no such check');
  const allowed = new Set(declared.messages);
  const length = doc.text.length;
  const ctx: CheckContext = {
    options: check.options,
    settings: rules.settings,
    preset: rules.preset,
    severity: check.severity,
    report(d) {
      const template = meta.messages[d.messageId];
      if (template === undefined || !allowed.has(d.messageId)) {
        throw new RuleError(ruleId, `reported unknown message id "${d.messageId}"`);
      }
      if (!Number.isInteger(d.start) || !Number.isInteger(d.end) || d.start < 0 || d.end > length || d.end < d.start) {
        throw new RuleError(ruleId, `reported a span outside the document (${d.start}-${d.end} of ${length})`);
      }
      out.push({ ruleId, messageId: d.messageId, message: formatMessage(template, d.data), severity: check.severity, start: d.start, end: d.end });
    },
  };
  const fail = (e: unknown): never => {
    if (e instanceof RuleError) throw e;
    throw new RuleError(ruleId, `threw ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  };
  try {
    const r = fn(doc, ctx);
    return r instanceof Promise ? r.catch(fail) : undefined;
  } catch (e) {
    return fail(e);
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\0${f.start}\0${f.end}\0${f.messageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineEndFrom(text: string, at: number): number {
  const nl = text.slice(at).search(/\r\n|\n|\r/);
  return nl < 0 ? text.length : at + nl;
}

function toMessage(doc: Document, f: Finding): LintMessage {
  const s = doc.locate(f.start);
  const e = doc.locate(f.end);
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
  };
}
