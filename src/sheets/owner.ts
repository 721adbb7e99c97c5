import { resolveOwnership, type Registration, type Stage, type Takeover } from '../conflict/index.js';
import { invalidInput } from '../core/errors.js';
import { telecomProgram } from '../policy/presets.js';
import { isEmpty, type Cell, type CellRange } from './cells.js';
import { runSheet, type PathMap } from './errors.js';
import { readChoice, readId, readInstant, readProgram, readRows, readWholeNumber, type ProgramArg } from './read.js';

/** What `CP_OWNER` tells about a customer. */
export type OwnerPart = 'owner' | 'registration' | 'status' | 'challenger' | 'protected-until' | 'key-support';

const PARTIES: Readonly<Record<string, 'partner' | 'direct'>> = { 渠道: 'partner', 大客户部: 'direct', channel: 'partner' };
const REGISTRATION_COLUMN = { id: 0, customerId: 1, party: 2, registeredAt: 4 } as const;
const PROGRESS_COLUMN = { stage: 1, at: 2 } as const;

/**
 * `=CP_OWNER(customerId, registrations, asOf)`: who owns a customer claimed by
 * several registrations (报备), as of an instant (REG-1 to REG-5). The earliest
 * registration owns it; at the same instant a partner beats direct sales and
 * two partners tie; after 28 days without a stage advance the next party in
 * line may take over; signing (stage 5) locks it.
 *
 * `registrations` is a range without its header, one registration a row:
 * registration id | customer id | party kind (`partner` or `direct`) | party id |
 * registered at (text with its UTC offset, `2026-03-01T09:30:00+08:00`).
 * `progress`, optional, has one stage reached a row: registration id | stage
 * (1–5) | at. `takeovers`, optional, has one takeover agreed by the channel
 * and direct-sales departments a row: registration id taking over | at.
 * Empty rows are skipped; rows of other customers are not read beyond the
 * column that tells whose they are.
 *
 * @param customerId - The customer asked about.
 * @param registrations - The registrations range (5 columns).
 * @param asOf - The instant asked at, text with its UTC offset.
 * @param progress - Optional: the progress range (3 columns).
 * @param takeovers - Optional: the takeovers range (2 columns).
 * @param part - Optional: `"owner"` (default: the owning party's id, empty when tied),
 *   `"registration"` (the owning registration's id), `"status"` (owned, takeover-open, tied
 *   or locked), `"challenger"` (the party that may take over, else empty),
 *   `"protected-until"` (UTC text, else empty) or `"key-support"` (TRUE/FALSE, REG-5).
 * @param program - Optional: `"telecom"` (default).
 * @returns Text, or TRUE/FALSE for `"key-support"`.
 * @throws {PolicyError} naming the bad cell by row and column, or a customer
 *   with no registration known at `asOf`.
 *
 * @example
 * const regs = [
 *   ['R1', 'C1', 'direct', 'KA-7', '2026-03-01T09:30:00+08:00'],
 *   ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'],
 * ];
 * CP_OWNER('C1', regs, '2026-03-10T00:00:00+08:00'); //=> 'P-0107' (same instant: the partner wins)
 * CP_OWNER('C1', regs, '2026-04-01T00:00:00+08:00', '', '', 'status'); //=> 'takeover-open' (28 days passed)
 * CP_OWNER('C1', regs, '2026-04-01T00:00:00+08:00', '', '', 'challenger'); //=> 'KA-7'
 * CP_OWNER('C1', regs, '2026-04-01T00:00:00+08:00', '', [['R1', '2026-03-30T10:00:00+08:00']]); //=> 'KA-7'
 */
export function CP_OWNER(
  customerId: Cell,
  registrations: CellRange | Cell,
  asOf: Cell,
  progress?: CellRange | Cell,
  takeovers?: CellRange | Cell,
  part?: Cell,
  program?: ProgramArg,
): string | boolean {
  // Where each registration and stage passed to the module came from, for messages.
  const regRows: number[] = [];
  const stageRows: number[][] = [];
  const takeoverRows: number[] = [];
  const toCells: PathMap = (path) => {
    const [list, k, field, j, sub] = path;
    if (list === 'takeovers' && typeof k === 'number' && takeoverRows[k] !== undefined) {
      return ['takeovers', takeoverRows[k], field === 'at' ? 1 : 0];
    }
    if (list !== 'registrations' || typeof k !== 'number' || regRows[k] === undefined) return path;
    if (field === 'progress' && typeof j === 'number' && stageRows[k]?.[j] !== undefined) {
      return ['progress', stageRows[k][j], sub === 'stage' ? PROGRESS_COLUMN.stage : PROGRESS_COLUMN.at];
    }
    const column = typeof field === 'string' && field in REGISTRATION_COLUMN ? REGISTRATION_COLUMN[field as keyof typeof REGISTRATION_COLUMN] : 0;
    return ['registrations', regRows[k], column];
  };
  return runSheet(
    'CP_OWNER',
    () => {
      const policy = readProgram(program, telecomProgram);
      const customer = readId(customerId, ['customerId']);
      const at = readInstant(asOf, ['asOf']);
      const which: OwnerPart = isEmpty(part)
        ? 'owner'
        : readChoice(part, ['part'], ['owner', 'registration', 'status', 'challenger', 'protected-until', 'key-support']);

      const regs: (Omit<Registration, 'progress'> & { progress: { stage: Stage; at: string }[] })[] = [];
      const byId = new Map<string, number>();
      readRows(registrations, ['registrations']).forEach((row, r) => {
        // Another customer's row, the common case in a long range: skip it without reading further.
        // A cell that names no customer (empty, TRUE, NaN) is not skipped here: readId refuses it below.
        const whose = row[1];
        if (typeof whose === 'string' ? whose !== customer && whose.trim() !== '' : Number.isFinite(whose) && String(whose) !== customer) return;
        if (row.every(isEmpty)) return;
        const cell = (c: number) => row[c];
        if (readId(cell(1), ['registrations', r, 1]) !== customer) return;
        const id = readId(cell(0), ['registrations', r, 0]);
        const kind = readChoice(cell(2), ['registrations', r, 2], ['partner', 'direct'], PARTIES);
        regs.push({
          id,
          customerId: customer,
          party: { kind, id: readId(cell(3), ['registrations', r, 3]) },
          registeredAt: readInstant(cell(4), ['registrations', r, 4]),
          progress: [],
        });
        regRows.push(r);
        stageRows.push([]);
        if (!byId.has(id)) byId.set(id, regs.length - 1);
      });
      if (regs.length === 0) throw invalidInput(['customerId'], `has no registration in registrations, got '${customer}'`);

      readRows(progress, ['progress']).forEach((row, r) => {
        if (row.every(isEmpty)) return;
        const k = byId.get(readId(row[0], ['progress', r, 0]));
        if (k === undefined) return; // another customer's registration
        const stage = readWholeNumber(row[1], ['progress', r, 1], 1);
        if (stage > 5) throw invalidInput(['progress', r, 1], `must be a stage from 1 to 5, got ${stage}`);
        regs[k]!.progress.push({ stage: stage as Stage, at: readInstant(row[2], ['progress', r, 2]) });
        stageRows[k]!.push(r);
      });

      const moves: Takeover[] = [];
      readRows(takeovers, ['takeovers']).forEach((row, r) => {
        if (row.every(isEmpty)) return;
        const registrationId = readId(row[0], ['takeovers', r, 0]);
        if (!byId.has(registrationId)) return; // another customer's registration
        moves.push({ customerId: customer, registrationId, at: readInstant(row[1], ['takeovers', r, 1]) });
        takeoverRows.push(r);
      });

      const result = resolveOwnership(policy, { registrations: regs, takeovers: moves, asOf: at }).find((o) => o.customerId === customer);
      if (result === undefined) throw invalidInput(['customerId'], `has no registration known at asOf, got '${customer}'`);
      const partyOf = (registrationId: string | null) =>
        registrationId === null ? '' : (regs.find((g) => g.id === registrationId)?.party.id ?? '');
      switch (which) {
        case 'owner':
          return partyOf(result.owner);
        case 'registration':
          return result.owner ?? '';
        case 'status':
          return result.status;
        case 'challenger':
          return partyOf(result.challenger);
        case 'protected-until':
          return result.protectedUntil ?? '';
        case 'key-support':
          return result.keySupport;
      }
    },
    toCells,
    // "registrations[3]" in a module message is the 3rd registration passed on: name its row.
    (message) =>
      message.replace(/registrations\[(\d+)\]/g, (text, k: string) => {
        const row = regRows[Number(k)];
        return row === undefined ? text : `registrations row ${row + 1}`;
      }),
  );
}
