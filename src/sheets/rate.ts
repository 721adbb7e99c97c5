import { commissionRate } from '../commission/index.js';
import { telecomProgram } from '../policy/presets.js';
import { runSheet } from './errors.js';
import { readDate, readMoney, readOptionalDate, readProgram, readText, readTier, type Cell, type ProgramArg } from './read.js';
import { isEmpty } from './cells.js';

/**
 * `=CP_RATE(line, tier, customerStartOn, on)`: the commission rate of a
 * product line on a date (COM-2 to COM-5). Telecom: port at the tier rate in
 * the customer's first year and 10% in the second, conference 10%, margin 1
 * (the margin itself is the commission); 0 from the second anniversary on.
 * Cloud: 20%, or the rate of the volume-ladder bracket `volume` falls in.
 *
 * @param line - The product line: `"port"`, `"conference"`, `"margin"` (telecom), any line name (cloud).
 * @param tier - The partner's tier on `on`: gold, silver or ordinary; empty means ordinary (TIER-4).
 * @param customerStartOn - The customer's start date; required by the telecom program (COM-4).
 * @param on - The date deciding the commission year: the service date paid for, else the date received.
 * @param volume - Optional: the period's paid amount of a ladder line (COM-3).
 * @param program - Optional: `"telecom"` (default) or `"cloud"`.
 * @returns The rate as a number, e.g. `0.4`.
 * @throws {PolicyError} naming the bad argument, an unknown line, or a missing start date.
 *
 * @example
 * CP_RATE('port', 'gold', '2025-03-01', '2025-06-15'); //=> 0.4 (first year)
 * CP_RATE('port', 'gold', '2025-03-01', '2026-06-15'); //=> 0.1 (second year)
 * CP_RATE('port', 'gold', '2025-03-01', '2027-03-01'); //=> 0 (window over)
 * CP_RATE('ecs', '', '', '2026-01-15', '', 'cloud'); //=> 0.2
 */
export function CP_RATE(line: Cell, tier: Cell, customerStartOn: Cell, on: Cell, volume?: Cell, program?: ProgramArg): number {
  return runSheet('CP_RATE', () => {
    const policy = readProgram(program, telecomProgram);
    const t = readTier(tier, ['tier']);
    const start = readOptionalDate(customerStartOn, ['customerStartOn']);
    const result = commissionRate(policy, {
      line: readText(line, ['line'], "a product line such as 'port'"),
      on: readDate(on, ['on']),
      ...(t === undefined ? {} : { tier: t }),
      ...(start === undefined ? {} : { customerStartOn: start }),
      ...(isEmpty(volume) ? {} : { volume: readMoney(volume, ['volume'], policy.currency.scale).toFixed() }),
    });
    return Number(result.rate);
  });
}
