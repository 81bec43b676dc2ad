/**
 * Errors meant for users: they print without a stack and end the run with exit code 2.
 */

/** Bad command-line usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A config file that cannot be read or is not valid; the message names the file and key path. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** An input that cannot be read (missing, unreadable, not text). */
export class InputError extends Error {
  override name = 'InputError';
}

/** Whether an error is one of ours, printed without a stack. */
export function isUserError(e: unknown): e is UsageError | ConfigError | InputError {
  return e instanceof UsageError || e instanceof ConfigError || e instanceof InputError;
}
