/**
 * Validation of leads and the routing context (CONV-3, CONV-5).
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate, toDay, DATE_MESSAGE } from '../core/dates.js';
import { PolicyError, type PolicyIssue, unreadable } from '../core/errors.js';
import { isoDate, parseWith } from '../core/validate.js';
import type { Lead } from './types.js';

const name = z.string().check(z.minLength(1));

// Strict: every optional field changes the routing, so a misspelt one must not pass unnoticed.
const leadSchema = z.strictObject({
  signedUpOn: isoDate,
  region: name,
  consumption: z.optional(z.array(z.strictObject({ on: isoDate, line: name }))),
  confirmedOn: z.optional(isoDate),
  transferredOn: z.optional(isoDate),
});

/** A validated lead: a fresh copy, never the caller's object. */
export type CleanLead = Lead;

/** The validated context: the as-of day and the centers as a map (no prototype keys can leak in). */
export interface CleanContext {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly centers: ReadonlyMap<string, string>;
}

/** Validates one lead, or throws `PolicyError` with paths under `base`. */
export function parseLead(input: unknown, base: readonly (string | number)[]): CleanLead {
  return parseWith(leadSchema, input, 'INVALID_INPUT', base) as CleanLead;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Validates `{ asOf, centers }`; paths are `['asOf']` and `['centers', region]`. */
export function parseContext(context: unknown): CleanContext {
  try {
    if (!isPlainObject(context)) {
      throw new PolicyError('INVALID_INPUT', [{ path: [], message: 'the context must be an object { asOf, centers }' }]);
    }
    const issues: PolicyIssue[] = [];
    for (const key of Object.keys(context)) {
      if (key !== 'asOf' && key !== 'centers') issues.push({ path: [key], message: 'is not a known field' });
    }
    const { asOf, centers } = context;
    if (!isIsoDate(asOf)) {
      issues.push({ path: ['asOf'], message: asOf === undefined ? 'is required (expected a YYYY-MM-DD date)' : DATE_MESSAGE });
    }
    const map = new Map<string, string>();
    if (!isPlainObject(centers)) {
      issues.push({ path: ['centers'], message: 'must be a plain object mapping each region to its service center id' });
    } else {
      for (const region of Object.keys(centers)) {
        const id = centers[region];
        if (typeof id !== 'string' || id === '') issues.push({ path: ['centers', region], message: 'must be a non-empty center id' });
        else map.set(region, id);
      }
    }
    if (issues.length > 0) throw new PolicyError('INVALID_INPUT', issues);
    return { asOf: asOf as string, asOfDay: toDay(asOf as string), centers: map };
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path: [], message: `the context ${unreadable(e)}` }]);
  }
}

/** The leads of a batch as an array and its length, or `PolicyError` naming `['leads']`. */
export function leadList(leads: unknown): { readonly items: readonly unknown[]; readonly length: number } {
  try {
    if (Array.isArray(leads)) return { items: leads, length: leads.length };
    const iterable = typeof leads === 'object' && leads !== null && typeof (leads as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
    if (!iterable) {
      throw new PolicyError('INVALID_INPUT', [{ path: ['leads'], message: 'must be an array or another iterable of leads' }]);
    }
    const items = Array.from(leads as Iterable<unknown>);
    return { items, length: items.length };
  } catch (e) {
    if (e instanceof PolicyError) throw e;
    throw new PolicyError('INVALID_INPUT', [{ path: ['leads'], message: unreadable(e) }]);
  }
}
