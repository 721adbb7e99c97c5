import { describe, it } from 'vitest';
import { CP_OWNER } from '../../src/sheets/index.js';
import { AT, EARLY, LATE, R1, R2, R3 } from './owner-fixtures.js';
import { expectSheetError } from './helpers.js';

describe('CP_OWNER names every bad argument', () => {
  it('refuses an empty customer id', () => {
    expectSheetError(() => CP_OWNER('', [R1, R2], EARLY), 'INVALID_INPUT', ['customerId'], 'CP_OWNER: customerId is required: an id');
  });

  it('refuses a row that is not a row of cells, in each range', () => {
    const notARow = { id: 'R4' } as unknown as string[];
    expectSheetError(() => CP_OWNER('C1', [R1, R2, notARow], EARLY), 'INVALID_INPUT', ['registrations', 2], 'CP_OWNER: registrations (row 3) must be a row of cells, got an object');
    expectSheetError(() => CP_OWNER('C1', [R1, R2], EARLY, [notARow]), 'INVALID_INPUT', ['progress', 0], 'CP_OWNER: progress (row 1) must be a row of cells, got an object');
    expectSheetError(() => CP_OWNER('C1', [R1, R2], EARLY, '', [[], notARow]), 'INVALID_INPUT', ['takeovers', 1], 'CP_OWNER: takeovers (row 2) must be a row of cells, got an object');
  });
});

describe('CP_OWNER names a bad registration cell by row and column', () => {
  it.each([
    ['an empty customer cell', '', 'is required: an id'],
    ['a customer cell of spaces', '   ', 'is required: an id'],
    ['a null customer cell', null, 'is required: an id'],
    ['a TRUE customer cell', true, 'must be text or a number, got TRUE'],
    // A number that is not finite tells no customer, as for every id cell: not another customer's row to skip.
    ['a NaN customer cell', Number.NaN, 'must be text or a number, got NaN'],
    ['an Infinity customer cell', Number.POSITIVE_INFINITY, 'must be text or a number, got Infinity'],
    ['a -Infinity customer cell', Number.NEGATIVE_INFINITY, 'must be text or a number, got -Infinity'],
  ])('refuses a filled row with %s rather than dropping a registration', (_, whose, message) => {
    expectSheetError(
      () => CP_OWNER('C1', [R1, R2, R3, ['R4', whose, 'partner', 'P-9', AT]], EARLY),
      'INVALID_INPUT',
      ['registrations', 3, 1],
      `CP_OWNER: registrations (row 4, column 2) ${message}`,
    );
  });

  it('refuses an empty registration id or party id', () => {
    expectSheetError(() => CP_OWNER('C1', [R3, ['', 'C1', 'partner', 'P-9', AT]], EARLY), 'INVALID_INPUT', ['registrations', 1, 0], 'CP_OWNER: registrations (row 2, column 1) is required: an id');
    expectSheetError(() => CP_OWNER('C1', [R3, ['R4', 'C1', 'partner', '', AT]], EARLY), 'INVALID_INPUT', ['registrations', 1, 3], 'CP_OWNER: registrations (row 2, column 4) is required: an id');
  });

  it('names both rows of a duplicated registration id (REG-1)', () => {
    expectSheetError(
      () => CP_OWNER('C1', [R3, R1, R2, ['R1', 'C1', 'partner', 'P-9', '2026-03-02T00:00:00Z']], EARLY),
      'INVALID_INPUT',
      ['registrations', 3, 0],
      'CP_OWNER: registrations (row 4, column 1) duplicates the id of registrations row 2 (REG-1)',
    );
  });

  it('names the rows of a duplicated id among takeover rows, and among more than ten registrations (REG-1)', () => {
    const dup = [R1, ['R1', 'C1', 'partner', 'P-9', '2026-03-02T00:00:00Z']];
    const takeovers = [
      ['R1', '2026-03-30T10:00:00+08:00'],
      ['R1', '2026-03-31T10:00:00+08:00'],
    ];
    expectSheetError(() => CP_OWNER('C1', dup, LATE, '', takeovers), 'INVALID_INPUT', ['registrations', 1, 0], 'CP_OWNER: registrations (row 2, column 1) duplicates the id of registrations row 1 (REG-1)');
    // Eleven registrations of C1, each after another customer's row: R10 is the 11th passed on, in row 22.
    const many = Array.from({ length: 11 }, (_, i) => [
      ['X' + i, 'C2', 'partner', 'P-0200', AT],
      ['R' + i, 'C1', 'partner', 'P-' + i, `2026-03-${String(i + 1).padStart(2, '0')}T00:00:00Z`],
    ]).flat();
    expectSheetError(
      () => CP_OWNER('C1', [...many, ['R10', 'C1', 'direct', 'KA-7', '2026-03-20T00:00:00Z']], LATE),
      'INVALID_INPUT',
      ['registrations', 22, 0],
      'CP_OWNER: registrations (row 23, column 1) duplicates the id of registrations row 22 (REG-1)',
    );
  });

  it('gives the progress of a duplicated id to its first row: the duplicate is the error (REG-1)', () => {
    // The stage on 1 March 12:00 UTC is after the first R1 and before the second: it is the first's progress.
    expectSheetError(
      () => CP_OWNER('C1', [R1, ['R1', 'C1', 'partner', 'P-9', '2026-03-02T00:00:00Z']], EARLY, [['R1', 2, '2026-03-01T12:00:00Z']]),
      'INVALID_INPUT',
      ['registrations', 1, 0],
      'CP_OWNER: registrations (row 2, column 1) duplicates the id of registrations row 1 (REG-1)',
    );
  });
});

describe('CP_OWNER names a bad progress cell by row and column', () => {
  it('refuses an empty registration id, a stage below 1, and an empty instant', () => {
    expectSheetError(() => CP_OWNER('C1', [R1, R2], EARLY, [['', 2, EARLY]]), 'INVALID_INPUT', ['progress', 0, 0], 'CP_OWNER: progress (row 1, column 1) is required: an id');
    expectSheetError(() => CP_OWNER('C1', [R1, R2], EARLY, [['R2', 0, EARLY]]), 'INVALID_INPUT', ['progress', 0, 1], 'CP_OWNER: progress (row 1, column 2) must be a whole number ≥ 1, got 0');
    expectSheetError(
      () => CP_OWNER('C1', [R1, R2], EARLY, [['R2', 2, '']]),
      'INVALID_INPUT',
      ['progress', 0, 2],
      'CP_OWNER: progress (row 1, column 3) is required: a time written like 2026-04-10T09:30:00+08:00',
    );
  });

  it('names the row of a stage going back among the progress of several registrations (REG-1)', () => {
    const progress = [
      ['R1', 1, '2026-03-05T10:00:00+08:00'],
      ['R3', 1, '2026-03-06T10:00:00+08:00'],
      ['R2', 3, '2026-03-10T10:00:00+08:00'],
      ['R2', 2, '2026-03-12T10:00:00+08:00'],
    ];
    expectSheetError(
      () => CP_OWNER('C1', [R1, R2, R3], LATE, progress),
      'INVALID_INPUT',
      ['progress', 3, 1],
      'CP_OWNER: progress (row 4, column 2) goes back to stage 2 after stage 3 was reached at 2026-03-10T02:00:00.000Z (REG-1)',
    );
  });
});

describe('CP_OWNER names a bad takeover cell by row and column', () => {
  it('refuses an empty registration id and a time without its offset', () => {
    expectSheetError(() => CP_OWNER('C1', [R1, R2], LATE, '', [['', LATE]]), 'INVALID_INPUT', ['takeovers', 0, 0], 'CP_OWNER: takeovers (row 1, column 1) is required: an id');
    expectSheetError(
      () => CP_OWNER('C1', [R1, R2], LATE, '', [['R1', '2026-03-30 10:00']]),
      'INVALID_INPUT',
      ['takeovers', 0, 1],
      "CP_OWNER: takeovers (row 1, column 2) must be a time with its UTC offset, such as '2026-04-10T09:30:00+08:00', got '2026-03-30 10:00'",
    );
  });

  it('names the takeover row and the registration row of a takeover dated before its registration', () => {
    const takeovers = [
      ['', ''],
      ['R3', '2026-03-30T10:00:00+08:00'],
      ['R1', '2026-02-20T10:00:00+08:00'],
    ];
    expectSheetError(
      () => CP_OWNER('C1', [R3, R2, R1], LATE, '', takeovers),
      'INVALID_INPUT',
      ['takeovers', 2, 1],
      'CP_OWNER: takeovers (row 3, column 2) is before registrations row 3, the registration it names, was made',
    );
  });
});
