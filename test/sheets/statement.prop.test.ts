import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CP_RATE, CP_STATEMENT } from '../../src/sheets/index.js';
import { centsArb, isoDateArb, moneyText, serialOf } from './arbitraries.js';
import { centsOfNumber } from './helpers.js';

const FROM = '2026-01-01';
const TO = '2026-03-31';

/** Telecom receipts in the quarter (sometimes just outside it), with dates as text or serials. */
const receiptRows = fc.array(
  fc.record({
    line: fc.constantFrom('port', 'conference'),
    cents: centsArb(100_000_000n),
    on: isoDateArb('2025-12-20', 110),
    start: isoDateArb('2023-06-01', 1000),
    serial: fc.boolean(),
  }),
  { maxLength: 12 },
);
const tier = fc.constantFrom('gold', 'silver', 'ordinary');

function rowsOf(receipts: { line: string; cents: bigint; on: string; start: string; serial: boolean }[]): (string | number)[][] {
  return receipts.map((r, i) => [`T${i}`, `C${i % 3}`, r.line, moneyText(r.cents), r.serial ? serialOf(r.on) : r.on, r.start]);
}

describe('CP_STATEMENT properties', () => {
  test.prop([receiptRows, tier])(
    "for any receipts, the commission is the sum over buckets of one line and rate of round(bucket's exact base × rate) (COM-6)",
    (receipts, t) => {
      const buckets = new Map<string, { cents: bigint; tenths: bigint }>();
      for (const r of receipts) {
        if (r.on < FROM || r.on > TO) continue; // not in the period
        const rate = CP_RATE(r.line, t, r.start, r.on);
        const key = `${r.line}@${rate}`;
        const b = buckets.get(key) ?? { cents: 0n, tenths: BigInt(Math.round(rate * 10)) };
        b.cents += r.cents;
        buckets.set(key, b);
      }
      let expected = 0n;
      for (const b of buckets.values()) expected += (b.cents * b.tenths + 5n) / 10n; // half-up, once per bucket
      expect(centsOfNumber(CP_STATEMENT(rowsOf(receipts), FROM, TO, t, '', '', 'commission') as number)).toBe(expected);
    },
  );

  test.prop([receiptRows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length }))), tier])(
    'for any order of the receipt rows, the statement is the same',
    ([receipts, shuffled], t) => {
      const a = rowsOf(receipts);
      const byId = new Map(a.map((row) => [row[0], row]));
      const b = shuffled.map((r) => byId.get(`T${receipts.indexOf(r)}`)!);
      for (const part of ['payable', 'base', 'warnings'] as const) {
        expect(CP_STATEMENT(b, FROM, TO, t, '', '', part)).toBe(CP_STATEMENT(a, FROM, TO, t, '', '', part));
      }
    },
  );

  test.prop([receiptRows, tier, centsArb(100_000_000n)])(
    'for any statement, payable = commission − clawback − carried in, to the cent (COM-8)',
    (receipts, t, carried) => {
      const rows = rowsOf(receipts);
      const refunds = receipts.length > 0 && receipts[0]!.on <= TO ? [['F1', 'T0', moneyText(receipts[0]!.cents / 2n), TO]] : '';
      const figure = (part: string) => centsOfNumber(CP_STATEMENT(rows, FROM, TO, t, refunds, moneyText(carried), part) as number);
      expect(figure('payable')).toBe(figure('commission') - figure('clawback') - figure('carried-in'));
    },
  );
});
