import { commissionStatement } from '../commission/index.js';
import { telecomProgram } from '../policy/presets.js';
import { isEmpty } from './cells.js';
import { runSheet, type PathMap } from './errors.js';
import { readDate, readMoney, readOptionalDate, readProgram, readText, readTier, type Cell, type ProgramArg } from './read.js';

const RECEIPT_FIELD: Readonly<Record<string, string>> = {
  amount: 'amount',
  line: 'line',
  receivedOn: 'on',
  customerStartOn: 'customerStartOn',
  cost: 'cost',
};

// The one receipt's fields are this function's arguments.
const toArguments: PathMap = (path) => {
  if (path[0] === 'receipts' && typeof path[2] === 'string' && path[2] in RECEIPT_FIELD) return [RECEIPT_FIELD[path[2]]!];
  if (path[0] === 'tiers') return ['tier'];
  return path;
};

/**
 * `=CP_COMMISSION(amount, line, tier, customerStartOn, on)`: the commission
 * on one amount received (COM-1 to COM-6), exact and rounded half-up once to
 * the currency scale, as the statement line of that one receipt would show it.
 * Telecom margin lines also need the floor-price `cost`: their commission is
 * the amount minus the cost, never below 0 (COM-2). For a cloud ladder line,
 * `amount` is the period's whole paid amount of the line (COM-3).
 *
 * @param amount - The cash received (COM-1): ≥ 0, at most 2 decimal places.
 * @param line - The product line, e.g. `"port"`.
 * @param tier - The partner's tier on `on`; empty means ordinary (TIER-4).
 * @param customerStartOn - The customer's start date; required by the telecom program (COM-4).
 * @param on - The date received (it decides the commission year).
 * @param cost - Optional: the floor-price cost, for a margin line only.
 * @param program - Optional: `"telecom"` (default) or `"cloud"`.
 * @returns The commission as a number rounded to the currency scale, e.g. `3600`.
 * @throws {PolicyError} naming the bad argument (an amount with 3 decimal places, an unknown line, …).
 *
 * @example
 * CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2025-06-15'); //=> 3600
 * CP_COMMISSION(9000, 'port', 'gold', '2025-03-01', '2026-06-15'); //=> 900
 * CP_COMMISSION(1000, 'margin', '', '2025-03-01', '2025-06-15', 640); //=> 360
 * CP_COMMISSION(12345.67, 'ecs', '', '', '2026-01-15', '', 'cloud'); //=> 2469.13
 */
export function CP_COMMISSION(
  amount: Cell,
  line: Cell,
  tier: Cell,
  customerStartOn: Cell,
  on: Cell,
  cost?: Cell,
  program?: ProgramArg,
): number {
  return runSheet(
    'CP_COMMISSION',
    () => {
      const policy = readProgram(program, telecomProgram);
      const scale = policy.currency.scale;
      const t = readTier(tier, ['tier']);
      const start = readOptionalDate(customerStartOn, ['customerStartOn']);
      const day = readDate(on, ['on']);
      const statement = commissionStatement(policy, {
        partnerId: 'sheet',
        period: { from: day, to: day },
        ...(t === undefined ? {} : { tiers: t }),
        receipts: [
          {
            id: 'receipt',
            customerId: 'customer',
            line: readText(line, ['line'], "a product line such as 'port'"),
            amount: readMoney(amount, ['amount'], scale).toFixed(),
            receivedOn: day,
            ...(start === undefined ? {} : { customerStartOn: start }),
            ...(isEmpty(cost) ? {} : { cost: readMoney(cost, ['cost'], scale).toFixed() }),
          },
        ],
      });
      return Number(statement.totals.commission);
    },
    toArguments,
  );
}
