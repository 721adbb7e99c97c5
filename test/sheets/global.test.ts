/**
 * The single-file global build (`dist/channel-policy.global.js`), built here
 * with the project's own tsup options into a temporary folder, then loaded
 * into an empty `node:vm` context: no require, no module, no process.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext, createContext, type Context } from 'node:vm';
import { brotliCompressSync } from 'node:zlib';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET_FUNCTIONS } from '../../src/sheets/index.js';
import config from '../../tsup.config.js';

let dir = '';
let code = '';
let context: Context;

/** Runs `expression` in the sandbox; errors come back as plain data, since their classes belong to the sandbox. */
function run(expression: string): unknown {
  return runInContext(
    `(() => { try { return { value: ${expression} }; } catch (e) { return { error: { name: e.name, message: e.message, code: e.code, issues: JSON.parse(JSON.stringify(e.issues)) } }; } })()`,
    context,
  );
}

beforeAll(async () => {
  const all = (Array.isArray(config) ? config : [config]) as Options[];
  const global = all.find((o) => o.globalName === 'ChannelPolicy');
  expect(global, 'tsup.config.ts builds the global script').toBeDefined();
  dir = mkdtempSync(join(tmpdir(), 'channel-policy-global-'));
  await build({ ...global, outDir: dir, silent: true });
  code = readFileSync(join(dir, 'channel-policy.global.js'), 'utf8');
  context = createContext({});
  runInContext(code, context);
}, 60_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('the global build', () => {
  it('defines ChannelPolicy in a context with no module system, and nothing else but zod\'s own config', () => {
    expect(run('[typeof require, typeof module, typeof process, typeof exports]')).toEqual({ value: ['undefined', 'undefined', 'undefined', 'undefined'] });
    expect(Object.keys(context).sort()).toEqual(['ChannelPolicy', '__zod_globalConfig']);
  });

  it('carries every spreadsheet function, working', () => {
    expect(run('Object.keys(ChannelPolicy).filter((k) => typeof ChannelPolicy[k] === "function" && k.startsWith("CP_")).sort()')).toEqual({
      value: SHEET_FUNCTIONS.map((f) => f.name).sort(),
    });
    expect(run('ChannelPolicy.CP_TIER(10)')).toEqual({ value: 'gold' });
    expect(run('ChannelPolicy.CP_COMMISSION(9000, "port", "gold", "2025-03-01", "2025-06-15")')).toEqual({ value: 3600 });
    expect(run('ChannelPolicy.CP_COMMISSION(12345.67, "ecs", "", "", "2026-01-15", "", "cloud")')).toEqual({ value: 2469.13 });
    expect(run('ChannelPolicy.CP_SETTLEMENT("2026-01", "statement", [["2026-02-09"]])')).toEqual({ value: 46063 });
    expect(run('ChannelPolicy.CP_BID_SCORE(80.05, 70, 90, 85)')).toEqual({ value: 81.02 });
    expect(run('ChannelPolicy.dateFromSerial(46122)')).toEqual({ value: '2026-04-10' });
  });

  it('throws the readable message, with the code and path, for bad input', () => {
    expect(run('ChannelPolicy.CP_TIER("lots")')).toEqual({
      error: {
        name: 'PolicyError',
        message: "CP_TIER: metric must be a whole number ≥ 0, got 'lots'",
        code: 'INVALID_INPUT',
        issues: [{ path: ['metric'], message: "must be a whole number ≥ 0, got 'lots'" }],
      },
    });
  });

  it('does not bundle HyperFormula', () => {
    expect(code).not.toMatch(/hyperformula/i);
  });

  it('stays below 80 kB brotli', () => {
    expect(brotliCompressSync(Buffer.from(code)).length).toBeLessThan(80_000);
  });
});
