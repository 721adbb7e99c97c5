import { describe, expect, it } from 'vitest';
import { CP_OWNER } from '../../src/sheets/index.js';
import { AT, EARLY, LATE, R1, R2, R3 } from './owner-fixtures.js';

describe('CP_OWNER party kinds in the source terms (REG-2)', () => {
  it('reads 大客户部 as direct sales: a partner (渠道 or channel) beats it at the same instant', () => {
    const regs = [
      ['R1', 'C1', '大客户部', 'KA-7', AT],
      ['R2', 'C1', 'channel', 'P-0107', AT],
    ];
    expect(CP_OWNER('C1', regs, EARLY)).toBe('P-0107');
    expect(CP_OWNER('C1', regs, EARLY, '', '', 'status')).toBe('owned');
    expect(CP_OWNER('C1', regs, LATE, '', '', 'challenger')).toBe('KA-7');
  });

  it('reads channel as a partner: two partners at the same instant tie', () => {
    const regs = [
      ['R1', 'C1', '渠道', 'P-1', AT],
      ['R2', 'C1', 'channel', 'P-2', AT],
    ];
    expect(CP_OWNER('C1', regs, EARLY, '', '', 'status')).toBe('tied');
  });
});

describe('CP_OWNER answers with no owner or no protection', () => {
  const tied = [
    ['R1', 'C1', 'partner', 'P-1', AT],
    ['R2', 'C1', 'partner', 'P-2', AT],
  ];

  it('gives empty text for the registration, challenger and protection of a tie (REG-2)', () => {
    expect(CP_OWNER('C1', tied, EARLY, '', '', 'owner')).toBe('');
    expect(CP_OWNER('C1', tied, EARLY, '', '', 'registration')).toBe('');
    expect(CP_OWNER('C1', tied, EARLY, '', '', 'challenger')).toBe('');
    expect(CP_OWNER('C1', tied, EARLY, '', '', 'protected-until')).toBe('');
  });

  it('gives empty text for the protection of a signed customer: it is locked, not protected (REG-4)', () => {
    const progress = [['R2', 5, '2026-03-10T10:00:00+08:00']];
    expect(CP_OWNER('C1', [R1, R2], LATE, progress, '', 'status')).toBe('locked');
    expect(CP_OWNER('C1', [R1, R2], LATE, progress, '', 'protected-until')).toBe('');
    expect(CP_OWNER('C1', [R1, R2], LATE, progress, '', 'registration')).toBe('R2');
  });

  it('names no challenger while the owner is protected (REG-3)', () => {
    expect(CP_OWNER('C1', [R1, R2], EARLY, '', '', 'challenger')).toBe('');
  });
});

describe('CP_OWNER reading ranges', () => {
  it('matches a customer id typed as a number, in the argument and in the cells', () => {
    const regs = [
      ['R1', 1002, 'partner', 'P-2', '2026-02-01T00:00:00Z'],
      ['R2', 1001, 'partner', 'P-1', AT],
      ['R3', '1001', 'direct', 'KA-7', '2026-03-02T00:00:00Z'],
    ];
    expect(CP_OWNER(1001, regs, EARLY)).toBe('P-1');
    expect(CP_OWNER('1001', regs, LATE, '', '', 'challenger')).toBe('KA-7');
    expect(CP_OWNER(1002, regs, EARLY)).toBe('P-2');
  });

  it('reads ranges wider than their columns: an empty notes column does not make a row empty', () => {
    const regs = [
      [...R1, ''],
      [...R2, null],
    ];
    expect(CP_OWNER('C1', regs, EARLY)).toBe('P-0107');
    // A stage-3 advance with an empty 4th column renews protection to 28 days after it (REG-3, REG-5).
    const progress = [['R2', 3, '2026-03-10T10:00:00+08:00', '']];
    expect(CP_OWNER('C1', regs, LATE, progress, '', 'protected-until')).toBe('2026-04-07T02:00:00.000Z');
    expect(CP_OWNER('C1', regs, LATE, progress, '', 'key-support')).toBe(true);
    // The challenger's takeover after the lapse, with an empty 3rd column, moves the customer (REG-3).
    expect(CP_OWNER('C1', regs, LATE, '', [['R1', '2026-03-30T10:00:00+08:00', '']])).toBe('KA-7');
  });

  it('reads the progress of the first registration in the range (REG-3)', () => {
    // The owner R2 listed first: its stage-2 advance on 10 March renews protection to 7 April.
    const progress = [['R2', 2, '2026-03-10T10:00:00+08:00']];
    expect(CP_OWNER('C1', [R2, R1], LATE, progress, '', 'status')).toBe('owned');
    expect(CP_OWNER('C1', [R2, R1], LATE, progress, '', 'protected-until')).toBe('2026-04-07T02:00:00.000Z');
    expect(CP_OWNER('C1', [R2, R1], LATE, progress, '', 'key-support')).toBe(false);
  });

  it("skips empty progress and takeover rows, and other customers' rows without reading their other cells", () => {
    const progress = [
      ['', '', ''],
      ['R3', 'won', 'soon'],
      [null, null, null],
      ['R2', 3, '2026-03-10T10:00:00+08:00'],
    ];
    expect(CP_OWNER('C1', [R1, R2, R3], LATE, progress, '', 'protected-until')).toBe('2026-04-07T02:00:00.000Z');
    const takeovers = [
      ['', ''],
      ['R3', 'tomorrow'],
      [null, null],
      ['R1', '2026-03-30T10:00:00+08:00'],
    ];
    expect(CP_OWNER('C1', [R1, R2, R3], LATE, '', takeovers)).toBe('KA-7');
    expect(CP_OWNER('C1', [R1, R2, R3], LATE, '', takeovers, 'registration')).toBe('R1');
  });
});
