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
  // config: false, or tsup would load tsup.config.ts again, through a temporary file beside it.
  await build({ ...global, outDir: dir, silent: true, config: false });
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

/** The code block of docs/spreadsheets.md that starts with `// <file>`. */
function guideBlock(file: string): string {
  const guide = readFileSync('docs/spreadsheets.md', 'utf8');
  const block = guide.split('```').find((b) => b.replace(/^js\n/, '').trimStart().startsWith(`// ${file}`));
  expect(block, `docs/spreadsheets.md has a ${file} block`).toBeDefined();
  return block!.replace(/^js\n/, '');
}

/** Apps Script's formatDate for the two patterns the guide uses, in a named time zone. */
function formatDate(date: Date, zone: string, pattern: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  if (pattern === 'yyyy-MM-dd') return day;
  expect(pattern).toBe("yyyy-MM-dd'T'HH:mm:ssXXX");
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = Math.round((local - date.getTime()) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${day}T${parts.hour}:${parts.minute}:${parts.second}${offset === 0 ? 'Z' : `${sign}${hhmm}`}`;
}

describe("the guide's snippets, run against the global build", () => {
  it('Google Apps Script: Code.gs reads date cells in the sheet\'s time zone and returns what the functions return', () => {
    const sheet = createContext({
      SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Shanghai' }) },
      Utilities: { formatDate },
    });
    runInContext(code, sheet);
    runInContext(guideBlock('Code.gs'), sheet);
    // Google Sheets passes a date cell as the instant of its midnight in the sheet's time zone (UTC+8 here).
    const cell = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h) - 8 * 3_600_000);
    const call = (name: string, ...args: unknown[]) => (sheet[name] as (...a: unknown[]) => unknown)(...args);
    expect(call('CP_TIER', 12)).toBe('gold');
    expect(call('CP_COMMISSION', 9000, 'port', 'gold', cell(2025, 3, 1), cell(2025, 6, 15))).toBe(3600);
    expect(call('CP_COMMISSION', 9000, 'port', 'gold', cell(2025, 3, 1), cell(2026, 3, 1))).toBe(900); // the anniversary, to the day
    expect(call('CP_SETTLEMENT', cell(2026, 1, 1), 'payment', [[cell(2026, 2, 25)], ['']])).toBe(46079);
    const regs = [
      ['R1', 'C1', 'direct', 'KA-7', cell(2026, 3, 1, 9)],
      ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'],
    ];
    // A date-time cell keeps its time and offset: 09:00 in Beijing is 01:00Z, half an hour before the partner (REG-1).
    expect(call('CP_OWNER', 'C1', regs, cell(2026, 3, 10))).toBe('KA-7');
    // Date cells inside a table are dates, or times with their offset, by the table's columns.
    const receipts = [
      ['T1', 'C1', 'conference', 0.05, cell(2026, 1, 5), cell(2025, 6, 1)],
      ['T2', 'C2', 'conference', 0.05, cell(2026, 1, 31), cell(2025, 6, 1)],
    ];
    expect(call('CP_STATEMENT', receipts, cell(2026, 1, 1), cell(2026, 1, 31))).toBe(0.01);
    expect(call('CP_OWNER', 'C1', regs, '2026-03-10T00:00:00+08:00', [['R1', 2, cell(2026, 3, 2)]], '', 'key-support')).toBe(false);
    expect(() => call('CP_TIER', 'lots')).toThrow("CP_TIER: metric must be a whole number ≥ 0, got 'lots'");
    const wrappers = Object.keys(sheet).filter((k) => k.startsWith('CP_')).sort();
    expect(wrappers).toEqual(SHEET_FUNCTIONS.map((f) => f.name).sort());
  });

  it('Excel: functions.js associates every function, drops the invocation argument and turns errors into #VALUE! with the message', () => {
    const associated: Record<string, (...args: unknown[]) => unknown> = {};
    class CustomFunctionError extends Error {
      constructor(
        readonly code: string,
        message: string,
      ) {
        super(message);
      }
    }
    const excel = createContext({
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => {
          associated[id] = fn;
        },
        Error: CustomFunctionError,
        ErrorCode: { invalidValue: '#VALUE!' },
      },
    });
    runInContext(code, excel);
    runInContext(guideBlock('functions.js'), excel);
    expect(Object.keys(associated).sort()).toEqual(SHEET_FUNCTIONS.map((f) => f.name).sort());
    const invocation = { address: 'Sheet1!B1' };
    expect(associated.CP_TIER!(12, null, invocation)).toBe('gold');
    expect(associated.CP_COMMISSION!(9000, 'port', 'gold', 45717, 45823, null, null, invocation)).toBe(3600);
    try {
      associated.CP_TIER!('lots', null, invocation);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CustomFunctionError);
      expect(e).toMatchObject({ code: '#VALUE!', message: "CP_TIER: metric must be a whole number ≥ 0, got 'lots'" });
    }
  });
});
