import { describe, expect, it } from 'vitest';
import { resolveOwnership, type Progress } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { direct, partner, reg } from './helpers.js';

const C = 'C-1001';
const asOf = '2026-04-01T00:00:00Z';
const inOrder: Progress[] = [
  { stage: 1, at: '2026-03-03T00:00:00Z' },
  { stage: 2, at: '2026-03-05T00:00:00Z' },
  { stage: 3, at: '2026-03-10T00:00:00Z' },
];

describe('resolveOwnership reads progress in any order (REG-1, REG-3)', () => {
  it('gives the owner the same advances, protection and key support whatever order its progress comes in', () => {
    const B = reg('B', C, direct('KA-7'), '2026-03-02T01:30:00Z', [[2, '2026-03-04T00:00:00Z']]);
    const resolve = (progress: Progress[]) =>
      resolveOwnership(telecomProgram, {
        registrations: [{ ...reg('A', C, partner('P-0107'), '2026-03-02T09:00:00+08:00'), progress }, B],
        asOf,
      });
    const expected = resolve(inOrder);
    // The worked result: A registered first (01:00 UTC against B's 01:30) and owns C; its stage 3 on 10 March renews protection 28 days, to 7 April.
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatchObject({ customerId: C, status: 'owned', owner: 'A', protectedUntil: '2026-04-07T00:00:00.000Z', keySupport: true });
    expect(expected[0]!.timeline.map((e) => [e.at, e.event, e.stage])).toEqual([
      ['2026-03-02T01:00:00.000Z', 'owns', undefined],
      ['2026-03-03T00:00:00.000Z', 'advanced', 1],
      ['2026-03-05T00:00:00.000Z', 'advanced', 2],
      ['2026-03-10T00:00:00.000Z', 'advanced', 3],
      ['2026-03-10T00:00:00.000Z', 'key-support', 3],
    ]);
    for (const order of [[2, 1, 0], [1, 0, 2], [0, 2, 1], [2, 0, 1]]) {
      expect(resolve(order.map((k) => inOrder[k]!)), String(order)).toEqual(expected);
    }
  });

  it('reads the progress of each registration apart, when the registrations before it had unsorted progress too', () => {
    const registrations = [
      { ...reg('A', 'C-1', partner('P-1'), '2026-03-01T00:00:00Z'), progress: [inOrder[2]!, inOrder[0]!] },
      { ...reg('B', 'C-2', partner('P-2'), '2026-03-01T00:00:00Z'), progress: [inOrder[1]!, inOrder[0]!] },
      reg('D', 'C-3', direct('KA-7'), '2026-03-01T00:00:00Z', [[4, '2026-03-20T00:00:00Z']]),
    ];
    const result = resolveOwnership(telecomProgram, { registrations, asOf });
    expect(result.map((o) => [o.customerId, o.owner, o.protectedUntil, o.keySupport, o.timeline.filter((e) => e.event === 'advanced').map((e) => e.stage)])).toEqual([
      ['C-1', 'A', '2026-04-07T00:00:00.000Z', true, [1, 3]],
      ['C-2', 'B', '2026-04-02T00:00:00.000Z', false, [1, 2]],
      ['C-3', 'D', '2026-04-17T00:00:00.000Z', true, [4]],
    ]);
  });
});
