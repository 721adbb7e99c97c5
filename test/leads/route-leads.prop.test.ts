import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDay, toDay } from '../../src/core/dates.js';
import { routeLead, routeLeads } from '../../src/leads/index.js';
import { cloudProgram } from '../../src/policy/presets.js';
import { centersArb, leadArb } from './arbitraries.js';
import { policyErrorOf } from './helpers.js';

// asOf late enough for every generated sign-up.
const batch = fc.record({ leads: fc.array(leadArb(), { maxLength: 20 }), centers: centersArb, asOf: fc.integer({ min: 0, max: 300 }).map((n) => fromDay(toDay('2029-01-06') + n)) });

describe('routeLeads properties', () => {
  test.prop([batch])('for any leads, the batch gives exactly what routing each lead alone gives, in input order', ({ leads, centers, asOf }) => {
    const context = { asOf, centers };
    expect(routeLeads(cloudProgram, leads, context)).toEqual(leads.map((lead) => routeLead(cloudProgram, lead, context)));
  });

  test.prop([batch, fc.nat(), fc.constantFrom('2026-02-30', '', 7, null)])(
    'for any batch with one bad sign-up date, the error names that lead by its index',
    ({ leads, centers, asOf }, at, bad) => {
      const list = [...leads, { signedUpOn: '2026-01-01', region: 'Beijing' }];
      const i = at % list.length;
      list[i] = { ...list[i]!, signedUpOn: bad as string };
      const error = policyErrorOf(() => routeLeads(cloudProgram, list, { asOf, centers }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.issues.some((issue) => issue.path[0] === 'leads' && issue.path[1] === i && issue.path[2] === 'signedUpOn')).toBe(true);
      expect(error.issues.every((issue) => issue.path[1] === i)).toBe(true);
    },
  );
});
