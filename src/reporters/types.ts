import type { AnyRuleModule, LintResult } from '../types.js';

/** What a reporter gets besides the results. */
export interface ReporterContext {
  cwd: string;
  /** Colour level: 0 none, 1-3 as chalk counts. */
  color: 0 | 1 | 2 | 3;
  /** Every rule module known to the run (for formats that list rules). */
  modules: readonly AnyRuleModule[];
  /** The maximum number of warnings allowed, when one was set (for the summary). */
  maxWarnings?: number;
}

/** A reporter is a pure function of the results. */
export type Reporter = (results: readonly LintResult[], ctx: ReporterContext) => string;
