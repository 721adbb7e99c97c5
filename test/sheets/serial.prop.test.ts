import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { dateFromSerial, serialFromDate } from '../../src/sheets/index.js';
import { isoDateArb, serialOf } from './arbitraries.js';

const anyDate = isoDateArb('1900-03-01', 2958465 - 61);

describe('date serial properties', () => {
  test.prop([anyDate])('for any date from 1900-03-01 to 9999-12-31, the serial converts back to the same date', (d) => {
    expect(dateFromSerial(serialFromDate(d))).toBe(d);
    expect(serialFromDate(d)).toBe(serialOf(d));
  });

  test.prop([isoDateArb('1900-03-01', 2958464 - 61)])('for any date, the next day has the next serial', (d) => {
    expect(serialFromDate(addDays(d, 1))).toBe(serialFromDate(d) + 1);
  });

  test.prop([anyDate, fc.double({ min: 0, max: 0.999999, noNaN: true })])(
    'for any date-time serial, the date is that of its whole part',
    (d, time) => {
      expect(dateFromSerial(serialFromDate(d) + time)).toBe(d);
    },
  );
});
