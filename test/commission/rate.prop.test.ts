import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { commissionRate } from '../../src/commission/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { customerStartOn, dateBetween, dayOfIso, isoOfDay, tier } from './arbitraries.js';
import { anniversary } from './oracle.js';

const line = fc.constantFrom('port', 'conference', 'margin');
const on = dateBetween('2023-01-01', '2029-12-31');
const num = (r: string) => Number(r); // rates only: comparing, not computing money

test.prop([line, tier, customerStartOn, on, on])('a later date never raises a decayed rate (COM-4)', (l, t, start, a, b) => {
  const [early, late] = a <= b ? [a, b] : [b, a];
  const r1 = commissionRate(telecomProgram, { line: l, tier: t, customerStartOn: start, on: early });
  const r2 = commissionRate(telecomProgram, { line: l, tier: t, customerStartOn: start, on: late });
  expect(num(r2.rate)).toBeLessThanOrEqual(num(r1.rate));
  expect(r2.year ?? 3).toBeGreaterThanOrEqual(r1.year ?? 3);
});

test.prop([line, tier, customerStartOn, fc.constantFrom(1, 2)])(
  'the day before the k-th calendar anniversary is in year k, the anniversary itself is not (COM-4)',
  (l, t, start, k) => {
    const ann = anniversary(start, k);
    const before = commissionRate(telecomProgram, { line: l, tier: t, customerStartOn: start, on: isoOfDay(dayOfIso(ann) - 1) });
    const at = commissionRate(telecomProgram, { line: l, tier: t, customerStartOn: start, on: ann });
    expect(before.year).toBe(k);
    expect(at.year).toBe(k === 1 ? 2 : null);
  },
);

test.prop([tier, customerStartOn, on])('port earns the tier rate in year 1, 10% in year 2 and nothing after (COM-2, COM-4)', (t, start, date) => {
  const r = commissionRate(telecomProgram, { line: 'port', tier: t, customerStartOn: start, on: date });
  const expected = date < anniversary(start, 1) ? { gold: '0.4', silver: '0.3', ordinary: '0.2' }[t] : date < anniversary(start, 2) ? '0.1' : '0';
  expect(r.rate).toBe(expected);
  expect(r.rules.length).toBeGreaterThan(0);
});
