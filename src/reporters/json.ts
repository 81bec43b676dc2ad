/**
 * ESLint-compatible JSON: an array of results with `messages`, counts and the fields ESLint
 * tools read. The draft's source is never included.
 */
import type { Reporter } from './types.js';

export const json: Reporter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        messageId: m.messageId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.docs ? { docs: m.docs } : {}),
      })),
      suppressedMessages: [],
      errorCount: r.errorCount,
      fatalErrorCount: r.messages.filter((m) => m.ruleId === 'input-error').length,
      warningCount: r.warningCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    })),
  );
