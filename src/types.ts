/**
 * Public types shared by the engine, the rule modules and the reporters.
 * Rules import from here (and from `src/rule-kit/`), never from the CLI.
 */
import type { ZodType } from 'zod';
import type { Document } from './document/types.js';
import type { Settings } from './config/settings.js';

export type { Document } from './document/types.js';
export type { Settings } from './config/settings.js';

/** How a finding counts: `off` checks never run; `warn` is 1 and `error` is 2 in JSON output. */
export type Severity = 'off' | 'warn' | 'error';

/** The names of the built-in presets. */
export const PRESET_NAMES = ['recommended', 'personal', 'office'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** What a rule module declares about one of its checks. */
export interface CheckMeta {
  /** One line: what the check looks for. */
  description: string;
  /** Severity when no preset or config says otherwise. */
  severity: Severity;
  /** Per-preset severities that differ from `severity` (document-level checks use this). */
  presets?: Partial<Record<PresetName, Severity>>;
  /** The message ids this check may report. */
  messages: readonly string[];
}

/** A rule module's metadata: it drives config validation, docs, the README table and the example config. */
export interface RuleMeta<O = Record<string, unknown>> {
  /** The module id, equal to its folder name under `rules/`. */
  id: string;
  /** The title of the guidance section it enforces. */
  section: string;
  /** One line: what the module checks. */
  description: string;
  /** The guidance section summarised in the project's own words. */
  guidance: string;
  /** Message templates by id, with `{{placeholder}}` slots. */
  messages: Record<string, string>;
  /** The checks, by name (the part after the slash in a rule id). */
  checks: Record<string, CheckMeta>;
  /** Module options with their defaults; the one place defaults live. */
  options: ZodType<O>;
  /** A link to the module's documentation. */
  docs?: string;
}

/** A finding as a check reports it: offsets into `Document.text`, end exclusive. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
}

/** What a check receives besides the document. */
export interface CheckContext<O = Record<string, unknown>> {
  /** Module options merged with this check's options, defaults applied. */
  readonly options: O;
  /** Shared settings (organisation names, domains, regions, ...). */
  readonly settings: Settings;
  /** The preset that applies to this file. */
  readonly preset: PresetName;
  /** Severity this check runs at. */
  readonly severity: Exclude<Severity, 'off'>;
  report(descriptor: ReportDescriptor): void;
}

/**
 * A check: a small named function over the prepared document. Most are synchronous; one that
 * needs an asynchronous library may return a promise.
 */
export type CheckFunction<O = Record<string, unknown>> = (doc: Document, ctx: CheckContext<O>) => void | Promise<void>;

/** A rule module: metadata plus one function per check. */
export interface RuleModule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  checks: Record<string, CheckFunction<O>>;
}

/** One finding in a result, ESLint-compatible. */
export interface LintMessage {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The documentation link of the rule, where one exists. */
  docs?: string;
}

/** The result for one file, ESLint-compatible. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  /** Findings that directives suppressed (kept for reporters that want them). */
  suppressedCount?: number;
  /** Source text, kept for reporters that show drafts (HTML); never serialised by the JSON reporter. */
  source?: string;
}

/** Define a rule module with its option type inferred from the zod schema. */
export function defineRule<O>(rule: RuleModule<O>): RuleModule<O> {
  return rule;
}

/**
 * A rule module of any option type, as held by the registry. `any` because each module's option
 * type differs and the engine passes options it validated with the module's own schema.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRuleModule = RuleModule<any>;
