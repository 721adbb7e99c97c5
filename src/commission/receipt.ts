/**
 * Reading one receipt at the boundary, by hand rather than with a schema: this
 * runs once per receipt on streams of millions (CONV-1, CONV-3, CONV-5).
 * @module
 */
import { DATE_MESSAGE, daysInMonth, type IsoDate } from '../core/dates.js';
import { receivedValue, type PolicyIssue } from '../core/errors.js';
import type { CompiledLine, Router } from './compile.js';
import { fastMinor, POW10, slowMinor } from './minor.js';

type Path = readonly (string | number)[];

/**
 * The key `yyyymmdd` of a real calendar date written `YYYY-MM-DD` (years
 * 0001–9999), or -1. Keys order as the dates do, so the per-receipt path
 * compares integers, without a regex, an allocation or a `Date`.
 */
export function dateKey(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, m)) ? y * 10000 + m * 100 + d : -1;
}

/** True for a real calendar date written `YYYY-MM-DD` (years 0001–9999). */
export function isDate(s: unknown): s is IsoDate {
  return dateKey(s) >= 0;
}

/** A receipt's fields once read and checked; reused from receipt to receipt. */
export interface ReceiptFields {
  id: string;
  customerId: string;
  line: CompiledLine;
  /** Minor units when below 10^15, else -1 and `amountBig` holds it. */
  amount: number;
  amountBig: bigint;
  /** Margin lines only, as `amount`. */
  cost: number;
  costBig: bigint;
  receivedOn: IsoDate;
  /** The date deciding the commission year: `coversFrom` when given, else `receivedOn` (COM-4). */
  decidingOn: IsoDate;
  customerStartOn: IsoDate | undefined;
  /** The {@link dateKey}s of `receivedOn`, `decidingOn` and `customerStartOn` (-1 when absent). */
  receivedKey: number;
  decidingKey: number;
  startKey: number;
}

/** An empty record to read receipts into. */
export function receiptFields(): ReceiptFields {
  return {
    id: '',
    customerId: '',
    line: null as unknown as CompiledLine,
    amount: 0,
    amountBig: 0n,
    cost: 0,
    costBig: 0n,
    receivedOn: '',
    decidingOn: '',
    customerStartOn: undefined,
    receivedKey: -1,
    decidingKey: -1,
    startKey: -1,
  };
}

/** What reading needs to know about the policy. */
export interface ReadContext {
  readonly router: Router;
  readonly scale: number;
  readonly program: string;
}

const SMALL_LIMIT = BigInt(POW10[15]!);

/** The path of a field of receipt `index` under `base` (built only when there is an issue to report). */
export function at(base: Path, index: number | null, field?: string): Path {
  const p = index === null ? [...base] : [...base, index];
  if (field !== undefined) p.push(field);
  return p;
}

/** Reads a cash field into minor units: a number below 10^15, else a bigint; `null` with an issue pushed when it is bad. */
export function readCash(
  value: unknown,
  scale: number,
  issues: PolicyIssue[],
  base: Path,
  index: number | null,
  field: string,
): number | bigint | null {
  const fast = fastMinor(value, scale);
  if (fast >= 0) return fast;
  const slow = slowMinor(value, scale);
  if (typeof slow === 'string') {
    issues.push({ path: at(base, index, field), message: slow });
    return null;
  }
  return slow < SMALL_LIMIT ? Number(slow) : slow;
}

/**
 * Reads receipt `r` into `out`, pushing an issue to `issues` for every bad
 * field; when it pushes none, `out` holds the receipt. Extra fields are
 * ignored (receipts often come straight from database rows).
 */
export function readReceipt(
  r: unknown,
  base: Path,
  index: number | null,
  ctx: ReadContext,
  out: ReceiptFields,
  issues: PolicyIssue[],
): void {
  if (typeof r !== 'object' || r === null) {
    issues.push({ path: at(base, index), message: `must be a receipt object { id, customerId, line, amount, receivedOn, … }, got ${receivedValue(r)}` });
    return;
  }
  const rec = r as Record<string, unknown>;
  const id = rec.id;
  const customerId = rec.customerId;
  const lineName = rec.line;
  const amount = rec.amount;
  const receivedOn = rec.receivedOn;
  const coversFrom = rec.coversFrom;
  const customerStartOn = rec.customerStartOn;
  if (typeof id === 'string' && id.length > 0) out.id = id;
  else issues.push({ path: at(base, index, 'id'), message: `must be a non-empty string, got ${receivedValue(id)}` });
  if (typeof customerId === 'string' && customerId.length > 0) out.customerId = customerId;
  else issues.push({ path: at(base, index, 'customerId'), message: `must be a non-empty string, got ${receivedValue(customerId)}` });

  let line: CompiledLine | null = null;
  if (typeof lineName === 'string' && lineName.length > 0) {
    line = ctx.router.line(lineName);
    if (line === null) issues.push({ path: at(base, index, 'line'), message: `is not a product line of the ${ctx.program} program, got ${receivedValue(lineName)}` });
    else out.line = line;
  } else issues.push({ path: at(base, index, 'line'), message: `must be a product line name, got ${receivedValue(lineName)}` });

  const a = readCash(amount, ctx.scale, issues, base, index, 'amount');
  if (typeof a === 'number') out.amount = a;
  else if (a !== null) {
    out.amount = -1;
    out.amountBig = a;
  }

  const receivedKey = dateKey(receivedOn);
  if (receivedKey >= 0) {
    out.receivedOn = receivedOn as IsoDate;
    out.receivedKey = receivedKey;
  } else issues.push({ path: at(base, index, 'receivedOn'), message: `${DATE_MESSAGE}, got ${receivedValue(receivedOn)}` });

  if (coversFrom === undefined) {
    out.decidingOn = out.receivedOn;
    out.decidingKey = receivedKey;
  } else {
    const key = dateKey(coversFrom);
    if (key >= 0) {
      out.decidingOn = coversFrom as IsoDate;
      out.decidingKey = key;
    } else issues.push({ path: at(base, index, 'coversFrom'), message: `${DATE_MESSAGE}, got ${receivedValue(coversFrom)}` });
  }

  const startKey = dateKey(customerStartOn); // -1 when absent
  out.startKey = startKey;
  if (customerStartOn === undefined) {
    out.customerStartOn = undefined;
    if (ctx.router.windowYears !== null) {
      issues.push({
        path: at(base, index, 'customerStartOn'),
        message: `is required: the ${ctx.program} program's commission runs ${ctx.router.windowYears} years from the customer's start (COM-4)`,
      });
    }
  } else if (startKey >= 0) out.customerStartOn = customerStartOn as IsoDate;
  else issues.push({ path: at(base, index, 'customerStartOn'), message: `${DATE_MESSAGE}, got ${receivedValue(customerStartOn)}` });

  const cost = rec.cost;
  if (cost === undefined) {
    if (line !== null && line.kind === 'margin') {
      issues.push({ path: at(base, index, 'cost'), message: 'is required on a margin line: the floor-price cost of the traffic (COM-2)' });
    }
  } else {
    const c = readCash(cost, ctx.scale, issues, base, index, 'cost');
    if (typeof c === 'number') out.cost = c;
    else if (c !== null) {
      out.cost = -1;
      out.costBig = c;
    }
  }
}
