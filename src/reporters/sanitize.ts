/**
 * Text from drafts must never reach a terminal raw: escape sequences and control characters
 * are shown as visible escapes (`\x1b`), so a draft cannot recolour or rewrite the screen.
 */
// C0 controls except tab, DEL, C1 controls, and bidi overrides that could reorder the line.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeForTerminal(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
