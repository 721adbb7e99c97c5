/**
 * Breaches the fuzz suite found in code outside test/fuzz, waiting for their
 * owners. Each is narrow: it names the library function that lets the
 * exception escape (matched on the stack of the read that fired, or of the
 * escaped error) and the table rows it affects, so it excuses nothing else.
 * Each has a minimal reproduction in known-issues.test.ts that fails once the
 * issue is fixed: then delete the entry here, and the fuzz suite holds those
 * functions to the full contract again.
 */

/** A contract breach seen by the fuzz suite. */
export interface Breach {
  /** The table row, e.g. `periods.quarterRange`. */
  readonly entry: string;
  /** What was wrong. */
  readonly message: string;
  /** Stacks of the hostile read that fired and of the escaped error, when there are any. */
  readonly where: string;
}

export interface KnownIssue {
  readonly id: string;
  /** What is wrong, and where to fix it. */
  readonly summary: string;
  /** Table rows it shows up in; `*` for all. */
  readonly entries: readonly string[];
  /** True when `breach` is this issue. */
  readonly matches: (breach: Breach) => boolean;
}

/** Matches an exception other than a PolicyError that escaped through a frame matching `fn` (the usual `matches`). */
export const escapedFrom = (fn: RegExp) => (b: Breach) => b.message.startsWith('result: threw something other than a PolicyError') && fn.test(b.where);

// None open: add an entry (with its reproduction) when the fuzz suite finds a breach that cannot be fixed at once.
export const KNOWN_ISSUES: readonly KnownIssue[] = [];

/** The known issue that explains `breach`, if one does. */
export function knownIssueOf(breach: Breach): KnownIssue | undefined {
  return KNOWN_ISSUES.find((k) => (k.entries.includes('*') || k.entries.includes(breach.entry)) && k.matches(breach));
}
