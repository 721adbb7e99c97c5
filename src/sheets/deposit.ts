import { requiredDeposit, wholesaleStatus } from '../deposit/index.js';
import { telecomProgram } from '../policy/presets.js';
import type { Tier } from '../policy/types.js';
import { invalidInput } from '../core/errors.js';
import { isEmpty, shown } from './cells.js';
import { runSheet } from './errors.js';
import { readChoice, readMoney, readProgram, readTier, type Cell, type ProgramArg } from './read.js';

/**
 * `=CP_DEPOSIT(tier)`: the deposit a tiered partner must hold (DEP-1):
 * gold 90,000, silver 40,000, ordinary 5,000.
 *
 * @param tier - gold, silver or ordinary (or 金牌渠道, 银牌渠道, 普通渠道); required.
 * @param program - Optional: `"telecom"` (default). The cloud program sets no deposit (DEP-6).
 * @returns The deposit as a number, e.g. `90000`.
 * @throws {PolicyError} "CP_DEPOSIT: tier must be 'gold', 'silver' or 'ordinary', got 'platinum'";
 *   `NOT_CONFIGURED` for the cloud program.
 *
 * @example
 * CP_DEPOSIT('gold'); //=> 90000
 * CP_DEPOSIT('Silver'); //=> 40000
 */
export function CP_DEPOSIT(tier: Cell, program?: ProgramArg): number {
  return runSheet('CP_DEPOSIT', () => {
    const policy = readProgram(program, telecomProgram);
    const t: Tier = readTier(tier, ['tier']) ?? readChoice(tier, ['tier'], ['gold', 'silver', 'ordinary']);
    return Number(requiredDeposit(policy, { tier: t }).amount);
  });
}

/**
 * `=CP_REQUIRED_DEPOSIT_WHOLESALE(monthlyTraffic)`: the deposit a
 * voice-wholesale agent (话批代理) must hold (DEP-5): the larger of 100,000
 * and the reference monthly traffic × the traffic multiple (1), rounded up
 * to whole currency units.
 *
 * @param monthlyTraffic - The reference monthly traffic amount: ≥ 0, at most 2 decimal places.
 * @param program - Optional: `"telecom"` (default).
 * @returns The deposit as a number.
 * @throws {PolicyError} naming `monthlyTraffic`; `NOT_CONFIGURED` for the cloud program.
 *
 * @example
 * CP_REQUIRED_DEPOSIT_WHOLESALE(60000); //=> 100000
 * CP_REQUIRED_DEPOSIT_WHOLESALE(123456.01); //=> 123457
 */
export function CP_REQUIRED_DEPOSIT_WHOLESALE(monthlyTraffic: Cell, program?: ProgramArg): number {
  return runSheet(
    'CP_REQUIRED_DEPOSIT_WHOLESALE',
    () => {
      const policy = readProgram(program, telecomProgram);
      const traffic = readMoney(monthlyTraffic, ['monthlyTraffic'], policy.currency.scale).toFixed();
      return Number(requiredDeposit(policy, { wholesale: { monthlyTraffic: traffic } }).amount);
    },
    (path) => (path[0] === 'wholesale' ? ['monthlyTraffic'] : path),
  );
}

/**
 * `=CP_WHOLESALE_STATUS(balance, unsettledTraffic, monthlyTraffic, wasSuspended)`:
 * whether a voice-wholesale agent's service runs (DEP-5). It is suspended once
 * unsettled traffic reaches the deposit balance; a suspended agent resumes
 * only when the balance is above the unsettled traffic and at least the
 * required deposit.
 *
 * @param balance - The deposit balance.
 * @param unsettledTraffic - Traffic delivered and not yet settled.
 * @param monthlyTraffic - The reference monthly traffic that sets the required deposit.
 * @param wasSuspended - Optional: TRUE when service is suspended now; empty means FALSE.
 * @param program - Optional: `"telecom"` (default).
 * @returns `"active"` or `"suspended"`.
 * @throws {PolicyError} naming the bad argument.
 *
 * @example
 * CP_WHOLESALE_STATUS(100000, 100000, 80000); //=> 'suspended' (traffic reached the balance)
 * CP_WHOLESALE_STATUS(150000, 20000, 120000, true); //=> 'active' (resumed after a top-up)
 */
export function CP_WHOLESALE_STATUS(
  balance: Cell,
  unsettledTraffic: Cell,
  monthlyTraffic: Cell,
  wasSuspended?: Cell,
  program?: ProgramArg,
): 'active' | 'suspended' {
  return runSheet('CP_WHOLESALE_STATUS', () => {
    const policy = readProgram(program, telecomProgram);
    const scale = policy.currency.scale;
    const money = (value: Cell, name: string) => readMoney(value, [name], scale).toFixed();
    const suspended = isEmpty(wasSuspended) ? false : readFlag(wasSuspended, ['wasSuspended']);
    return wholesaleStatus(policy, {
      balance: money(balance, 'balance'),
      unsettledTraffic: money(unsettledTraffic, 'unsettledTraffic'),
      monthlyTraffic: money(monthlyTraffic, 'monthlyTraffic'),
      wasSuspended: suspended,
    }).status;
  });
}

/** TRUE or FALSE (a checkbox cell, or the text TRUE/FALSE). */
function readFlag(value: Cell, path: readonly (string | number)[]): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value)) return value.trim().toLowerCase() === 'true';
  throw invalidInput(path, `must be TRUE or FALSE, got ${shown(value)}`);
}
