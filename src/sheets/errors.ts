/**
 * Errors a spreadsheet user can act on: every message starts with the
 * function's name and names the argument, as in
 * "CP_TIER: metric must be a whole number ≥ 0, got 'lots'". The error is a
 * `PolicyError`, so programs still match on its `code` and `issues`.
 * @module
 */
import { PolicyError, type PolicyIssue, describeThrown } from '../core/errors.js';

/** Maps the path of an issue raised inside a module to the argument the user typed. */
export type PathMap = (path: readonly (string | number)[]) => readonly (string | number)[];

const SHEET_ERROR = Symbol.for('channel-policy.sheets.error');

/** "holidays (row 3, column 1) " for `['holidays', 2, 0]`, "receipts (row 2) amount " for `['receipts', 1, 'amount']`; "" for the whole call. */
function subject(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  const [arg, row, col] = path;
  let rest: readonly (string | number)[] = path.slice(1);
  let where = '';
  if (typeof row === 'number' && typeof col === 'number') {
    where = ` (row ${row + 1}, column ${col + 1})`;
    rest = path.slice(3);
  } else if (typeof row === 'number') {
    where = ` (row ${row + 1})`;
    rest = path.slice(2);
  }
  return `${String(arg)}${where}${rest.length > 0 ? ` ${rest.map(String).join('.')}` : ''} `;
}

/** A `PolicyError` whose message reads "FN: argument must be …". */
export function sheetError(
  fn: string,
  error: PolicyError,
  map: PathMap = (p) => p,
  reword: (message: string) => string = (m) => m,
): PolicyError {
  const issues: PolicyIssue[] = error.issues.map((i) =>
    // The policy is the `program` argument of every function.
    ({ path: i.path[0] === 'policy' ? ['program', ...i.path.slice(1)] : map(i.path), message: reword(i.message) }),
  );
  const out = new PolicyError(error.code, issues);
  // "the cloud program configures no partner tiers" says it all.
  const say = (i: PolicyIssue) => (error.code === 'NOT_CONFIGURED' ? i.message : `${subject(i.path)}${i.message}`);
  out.message = `${fn}: ${issues.map(say).join('; ')}`;
  Object.defineProperty(out, SHEET_ERROR, { value: true });
  return out;
}

/** A new one-issue sheet error. */
export function argumentError(fn: string, path: readonly (string | number)[], message: string): PolicyError {
  return sheetError(fn, new PolicyError('INVALID_INPUT', [{ path, message }]));
}

/**
 * Runs a spreadsheet function's body: any error leaves as a `PolicyError`
 * prefixed with the function's name; module paths are mapped to arguments,
 * and `reword` may restate a module's message in the sheet's terms.
 */
export function runSheet<T>(fn: string, body: () => T, map?: PathMap, reword?: (message: string) => string): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof PolicyError) {
      if ((e as unknown as Record<symbol, unknown>)[SHEET_ERROR] === true) throw e;
      throw sheetError(fn, e, map, reword);
    }
    // A getter or proxy that throws while an argument is read (CONV-5); never a bare TypeError.
    throw argumentError(fn, [], `could not be computed: ${describeThrown(e)}`);
  }
}
