import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { commissionStatement, mergeStatements } from '../../src/commission/index.js';
import type { Receipt, Refund } from '../../src/commission/types.js';
import { PERIOD, statementCase } from './arbitraries.js';

type Case = typeof statementCase extends fc.Arbitrary<infer T> ? T : never;

/** A statement case with its receipts and refunds dealt into `parts` parts, carried-in to the first. */
const splitCase = fc.tuple(statementCase, fc.integer({ min: 1, max: 4 })).chain(([c, parts]) =>
  fc.record({
    c: fc.constant(c),
    parts: fc.constant(parts),
    receiptPart: fc.array(fc.nat({ max: parts - 1 }), { minLength: c.receipts.length, maxLength: c.receipts.length }),
    refundPart: fc.array(fc.nat({ max: parts - 1 }), { minLength: c.refunds.length, maxLength: c.refunds.length }),
  }),
);

function statementOf(c: Case, receipts: readonly Receipt[], refunds: readonly Refund[], withCarried: boolean) {
  return commissionStatement(c.program.policy, {
    partnerId: 'P-1',
    period: PERIOD,
    tiers: c.tiers,
    receipts,
    refunds,
    ...(withCarried && c.carriedIn !== undefined ? { carriedIn: c.carriedIn } : {}),
  });
}

/** Through JSON, as statements computed on other machines arrive. */
const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

test.prop([splitCase])('merging the statements of any split of the receipts and refunds gives the statement of the whole (COM-10)', ({ c, parts, receiptPart, refundPart }) => {
  const whole = statementOf(c, c.receipts, c.refunds, true);
  const pieces = Array.from({ length: parts }, (_, k) =>
    viaJson(statementOf(c, c.receipts.filter((_, i) => receiptPart[i] === k), c.refunds.filter((_, i) => refundPart[i] === k), k === 0)),
  );
  expect(pieces.reduce((a, b) => mergeStatements(a, b))).toEqual(whole);
});

const threeParts = splitCase.map(({ c, receiptPart, refundPart }) => {
  const part = (k: number) =>
    statementOf(c, c.receipts.filter((_, i) => receiptPart[i]! % 3 === k), c.refunds.filter((_, i) => refundPart[i]! % 3 === k), k === 0);
  return [part(0), part(1), part(2)] as const;
});

test.prop([threeParts])('merge is commutative', ([a, b]) => {
  expect(mergeStatements(a, b)).toEqual(mergeStatements(b, a));
});

test.prop([threeParts])('merge is associative', ([a, b, c]) => {
  expect(mergeStatements(mergeStatements(a, b), c)).toEqual(mergeStatements(a, mergeStatements(b, c)));
});

test.prop([statementCase])('merging with the statement of no receipts changes nothing', (c) => {
  const s = statementOf(c, c.receipts, c.refunds, true);
  expect(mergeStatements(s, statementOf(c, [], [], false))).toEqual(s);
});
