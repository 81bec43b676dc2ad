/** Results and file-level messages that unlinter itself makes. */
import type { LintMessage, LintResult } from './types.js';

/** A result made of the given messages, with its counts. */
export function resultOf(filePath: string, messages: LintMessage[]): LintResult {
  return {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}

/** A file-level message from unlinter itself (`input-error`). */
export function inputMessage(message: string, severity: 1 | 2, messageId = 'input'): LintMessage {
  return { ruleId: 'input-error', messageId, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
