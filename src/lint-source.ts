/**
 * One draft from text to result: parse, resolve the rules for its path, run the engine.
 * No I/O, so the CLI, the Node API and worker threads share it.
 */
import { createDocument } from './document/parse.js';
import { lintDocument, type EngineOptions } from './engine/lint.js';
import { contentNotices } from './engine/notices.js';
import { resolveRules, type CliRuleOptions, type LoadedConfig } from './config/resolve.js';
import type { Document, LintResult } from './types.js';

export interface LintSourceOptions extends EngineOptions {
  cli?: CliRuleOptions;
  /** Keep the source on the result (for reporters that show drafts). */
  keepSource?: boolean;
  /** Fills `doc.assets` (EXIF of referenced images, ...) before the rules run. */
  loadAssets?: (doc: Document) => Promise<void>;
}

/** Lint one draft's text as if it were at `filePath`. */
export async function lintSource(source: string, filePath: string, config: LoadedConfig, options: LintSourceOptions = {}): Promise<LintResult> {
  const rules = resolveRules(config, filePath, options.cli);
  const doc = createDocument(source, filePath);
  if (options.loadAssets && rules.modules.length > 0) await options.loadAssets(doc);
  const linted = await lintDocument(doc, rules, options);
  const { suppressedCount } = linted;
  // An empty draft, or one of only front matter, says so instead of passing as clean.
  const messages = [...contentNotices(doc), ...linted.messages];
  let errorCount = 0;
  let warningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
  }
  const result: LintResult = { filePath, messages, errorCount, warningCount, suppressedCount };
  if (options.keepSource) result.source = doc.text;
  return result;
}
