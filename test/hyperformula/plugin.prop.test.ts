import { fc, test } from '@fast-check/vitest';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { beforeAll, describe, expect } from 'vitest';
import { ChannelPolicyPlugin, ChannelPolicyTranslations } from '../../src/hyperformula/index.js';
import { CP_COMMISSION, CP_REVIEW_PERIOD, CP_TIER } from '../../src/sheets/index.js';
import { centsArb, isoDateArb, moneyText, serialOf } from '../sheets/arbitraries.js';

const at = (row: number, col: number) => ({ sheet: 0, row, col });
let hf: HyperFormula;

/** What a flat function gives, or its message: the engine shows the same value, or a #VALUE! carrying that message. */
function flat(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function cell(row: number, col: number): unknown {
  const v = hf.getCellValue(at(row, col));
  return v instanceof DetailedCellError ? { error: v.message } : v;
}

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
  // One engine for every run: each run changes the input cells and reads the recalculated formulas.
  hf = HyperFormula.buildFromArray(
    [
      [null, '=CP_TIER(A1)'],
      [null, null, null, null, null, '=CP_COMMISSION(A2, B2, C2, D2, E2)'],
      [null, '=CP_REVIEW_PERIOD(A3)'],
    ],
    { licenseKey: 'gpl-v3' },
  );
});

describe('ChannelPolicyPlugin properties', () => {
  test.prop([fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom('lots', '12', '', 7.5, true))])(
    'for any metric typed in a cell, =CP_TIER gives what CP_TIER gives, or a #VALUE! with its message',
    (metric) => {
      hf.setCellContents(at(0, 0), metric === '' ? null : metric);
      expect(cell(0, 1)).toEqual(flat(() => CP_TIER(metric === '' ? null : metric)));
    },
  );

  test.prop([centsArb(), fc.constantFrom('port', 'conference'), fc.constantFrom('gold', 'silver', 'ordinary'), isoDateArb(), isoDateArb()])(
    'for any receipt typed in cells, with dates as date serials, =CP_COMMISSION gives what CP_COMMISSION gives (COM-2, COM-4)',
    (cents, line, tier, start, on) => {
      const amount = Number(moneyText(cents));
      hf.setCellContents(at(1, 0), [[amount, line, tier, serialOf(start), serialOf(on)]]);
      expect(cell(1, 5)).toEqual(flat(() => CP_COMMISSION(moneyText(cents), line, tier, start, on)));
    },
  );

  test.prop([isoDateArb('1990-01-01', 20_000)])(
    'for any date cell, =CP_REVIEW_PERIOD gives the review day CP_REVIEW_PERIOD gives (PER-1)',
    (date) => {
      hf.setCellContents(at(2, 0), serialOf(date));
      expect(cell(2, 1)).toBe(CP_REVIEW_PERIOD(date));
    },
  );
});
