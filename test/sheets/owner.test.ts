import { describe, expect, it } from 'vitest';
import { CP_OWNER } from '../../src/sheets/index.js';
import { deepFreeze, expectSheetError } from './helpers.js';

// One instant in two offsets: 09:30 in Beijing is 01:30 UTC.
const regs = [
  ['R1', 'C1', 'direct', 'KA-7', '2026-03-01T09:30:00+08:00'],
  ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'],
  ['R3', 'C2', 'partner', 'P-0200', '2026-03-05T10:00:00+08:00'],
];
const EARLY = '2026-03-10T00:00:00+08:00';
const LATE = '2026-04-01T00:00:00+08:00';

describe('CP_OWNER (REG-1 to REG-5)', () => {
  it('gives the customer to the earliest registration (REG-1)', () => {
    expect(CP_OWNER('C2', regs, EARLY)).toBe('P-0200');
    expect(CP_OWNER('C2', regs, EARLY, '', '', 'registration')).toBe('R3');
    expect(CP_OWNER('C2', regs, EARLY, '', '', 'status')).toBe('owned');
  });

  it('ignores registrations made after the as-of instant (REG-1)', () => {
    expectSheetError(() => CP_OWNER('C2', regs, '2026-03-01T00:00:00+08:00'), 'INVALID_INPUT', ['customerId'], "CP_OWNER: customerId has no registration known at asOf, got 'C2'");
  });

  it('lets a partner beat direct sales at the same instant, and ties two partners (REG-2)', () => {
    expect(CP_OWNER('C1', regs, EARLY)).toBe('P-0107');
    const two = [
      ['R1', 'C1', 'partner', 'A', '2026-03-01T09:30:00+08:00'],
      ['R2', 'C1', '渠道', 'B', '2026-03-01T09:30:00+08:00'],
    ];
    expect(CP_OWNER('C1', two, EARLY, '', '', 'status')).toBe('tied');
    expect(CP_OWNER('C1', two, EARLY)).toBe('');
  });

  it('opens the customer for takeover after 28 days without progress, naming the challenger (REG-3)', () => {
    expect(CP_OWNER('C1', regs, LATE, '', '', 'status')).toBe('takeover-open');
    expect(CP_OWNER('C1', regs, LATE, '', '', 'challenger')).toBe('KA-7');
    expect(CP_OWNER('C1', regs, LATE, '', '', 'protected-until')).toBe('2026-03-29T01:30:00.000Z');
    expect(CP_OWNER('C1', regs, LATE)).toBe('P-0107'); // ownership moves only with a recorded takeover
  });

  it('moves ownership on a takeover by the challenger after the lapse, refuses an early one (REG-3)', () => {
    expect(CP_OWNER('C1', regs, LATE, '', [['R1', '2026-03-30T10:00:00+08:00']])).toBe('KA-7');
    expect(CP_OWNER('C1', regs, LATE, '', [['R1', '2026-03-20T10:00:00+08:00']])).toBe('P-0107');
  });

  it('renews protection on a stage advance and flags key support from stage 3 (REG-3, REG-5)', () => {
    const progress = [['R2', 3, '2026-03-10T10:00:00+08:00']];
    expect(CP_OWNER('C1', regs, LATE, progress, '', 'status')).toBe('owned');
    expect(CP_OWNER('C1', regs, LATE, progress, '', 'protected-until')).toBe('2026-04-07T02:00:00.000Z');
    expect(CP_OWNER('C1', regs, LATE, progress, '', 'key-support')).toBe(true);
    expect(CP_OWNER('C1', regs, LATE, '', '', 'key-support')).toBe(false);
  });

  it('locks the customer once the owner signs (REG-4)', () => {
    const progress = [['R2', 5, '2026-03-10T10:00:00+08:00']];
    expect(CP_OWNER('C1', regs, '2026-09-01T00:00:00+08:00', progress, '', 'status')).toBe('locked');
  });

  it('skips empty rows and reads frozen ranges without changing them', () => {
    const frozen = deepFreeze([[null, null, null, null, null], ...regs.map((r) => [...r]), ['', '', '', '', '']]);
    expect(CP_OWNER('C1', frozen, EARLY)).toBe('P-0107');
    expect(frozen).toHaveLength(5);
  });

  it('names a bad cell by row and column', () => {
    expectSheetError(
      () => CP_OWNER('C1', [...regs, ['R4', 'C1', 'partner', 'P-9', '2026-03-02 10:00']], EARLY),
      'INVALID_INPUT',
      ['registrations', 3, 4],
      "CP_OWNER: registrations (row 4, column 5) must be a time with its UTC offset, such as '2026-04-10T09:30:00+08:00', got '2026-03-02 10:00'",
    );
    expectSheetError(
      () => CP_OWNER('C1', [...regs, ['R4', 'C1', 'vendor', 'P-9', '2026-03-02T10:00:00Z']], EARLY),
      'INVALID_INPUT',
      ['registrations', 3, 2],
      "CP_OWNER: registrations (row 4, column 3) must be 'partner' or 'direct', got 'vendor'",
    );
    expectSheetError(() => CP_OWNER('C1', regs, EARLY, [['R2', 6, EARLY]]), 'INVALID_INPUT', ['progress', 0, 1], 'CP_OWNER: progress (row 1, column 2) must be a stage from 1 to 5, got 6');
    expectSheetError(
      () => CP_OWNER('C1', regs, EARLY, [['R2', 2, '2026-02-01T00:00:00Z']]),
      'INVALID_INPUT',
      ['progress', 0, 2],
      'CP_OWNER: progress (row 1, column 3) is before the registration it belongs to (REG-1)',
    );
    expectSheetError(() => CP_OWNER('C9', regs, EARLY), 'INVALID_INPUT', ['customerId'], "CP_OWNER: customerId has no registration in registrations, got 'C9'");
    expectSheetError(() => CP_OWNER('C1', regs, '2026-04-01'), 'INVALID_INPUT', ['asOf'], /^CP_OWNER: asOf must be a time with its UTC offset/);
    expectSheetError(() => CP_OWNER('C1', regs, EARLY, '', '', 'boss'), 'INVALID_INPUT', ['part'], /^CP_OWNER: part must be 'owner', 'registration'/);
  });

  it('uses the telecom program; the cloud program has no conflict rules', () => {
    expectSheetError(() => CP_OWNER('C1', regs, EARLY, '', '', '', 'cloud'), 'NOT_CONFIGURED', ['program', 'conflict'], /^CP_OWNER: the cloud program configures no/);
  });
});
