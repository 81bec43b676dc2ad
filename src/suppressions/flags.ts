/**
 * The bulk-suppression flags, read from the command line. Kept apart from the step itself so the
 * command-line module does not load the file code.
 */
import { UsageError } from '../errors.js';

/** The suppression flags of a run. */
export interface SuppressionFlags {
  suppressAll: boolean;
  suppressRules: string[];
  /** `--suppressions-location`, as given. */
  location?: string;
  prune: boolean;
  passOnUnpruned: boolean;
}

/** Read the flags from commander's option values, rejecting combinations that cannot work. */
export function readSuppressionFlags(o: Record<string, unknown>, stdin: boolean): SuppressionFlags {
  const flags: SuppressionFlags = {
    suppressAll: Boolean(o.suppressAll),
    suppressRules: (o.suppressRule as string[] | undefined) ?? [],
    prune: Boolean(o.pruneSuppressions),
    passOnUnpruned: Boolean(o.passOnUnprunedSuppressions),
  };
  if (o.suppressionsLocation !== undefined) flags.location = o.suppressionsLocation as string;
  if (flags.suppressAll && flags.suppressRules.length > 0) {
    throw new UsageError('--suppress-all and --suppress-rule cannot be used together');
  }
  if (stdin && (flags.suppressAll || flags.suppressRules.length > 0 || flags.prune)) {
    throw new UsageError('--suppress-all, --suppress-rule and --prune-suppressions need files, not standard input');
  }
  return flags;
}
