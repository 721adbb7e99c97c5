import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DetailedCellError, HyperFormula, type ImplementedFunctions, type RawCellContent, type RawTranslationPackage } from 'hyperformula';
import deDEModule from 'hyperformula/i18n/languages/deDE';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChannelPolicyPlugin, ChannelPolicyTranslations } from '../../src/hyperformula/index.js';
import { CP_OWNER, CP_QUARTER, CP_SETTLEMENT, SHEET_FUNCTIONS } from '../../src/sheets/index.js';

// The language file is CommonJS: its dictionary is the default export or the module itself, by loader.
const deDE = ((deDEModule as { default?: RawTranslationPackage }).default ?? deDEModule) as RawTranslationPackage;
const LICENSE = { licenseKey: 'gpl-v3' } as const;
/** Day 0 is 1900-01-01: an engine serial is 2 less than the sheet serial of the same day. */
const NULL_DATE_1900 = { nullDate: { year: 1900, month: 1, day: 1 } } as const;
const at = (row: number, col: number, sheet = 0) => ({ sheet, row, col });

function engine(rows: RawCellContent[][], options: Record<string, unknown> = {}): HyperFormula {
  return HyperFormula.buildFromArray(rows, { ...LICENSE, ...options });
}

/** A cell's error as plain data. */
function errorOf(hf: HyperFormula, row: number, col: number): { type: string; message: string } {
  const v = hf.getCellValue(at(row, col));
  expect(v).toBeInstanceOf(DetailedCellError);
  return { type: (v as DetailedCellError).type, message: (v as DetailedCellError).message };
}

/** The message a flat sheet function refuses its arguments with. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

beforeAll(() => {
  // Languages first, then the plugin, so each language gets the function names.
  if (!HyperFormula.getRegisteredLanguagesCodes().includes('deDE')) HyperFormula.registerLanguage('deDE', deDE);
  HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
});

describe('ChannelPolicyPlugin in a real HyperFormula engine', () => {
  it('registers every spreadsheet function under its own name', () => {
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const f of SHEET_FUNCTIONS) expect(names).toContain(f.name);
  });

  it('computes =CP_TIER(A1) and recalculates when A1 changes (TIER-1)', () => {
    const hf = engine([[12, '=CP_TIER(A1)']]);
    expect(hf.getCellValue(at(0, 1))).toBe('gold');
    hf.setCellContents(at(0, 0), 7);
    expect(hf.getCellValue(at(0, 1))).toBe('silver');
    hf.setCellContents(at(0, 0), 'lots');
    expect(errorOf(hf, 0, 1)).toEqual({ type: 'VALUE', message: "CP_TIER: metric must be a whole number ≥ 0, got 'lots'" });
    hf.setCellContents(at(0, 0), 10);
    expect(hf.getCellValue(at(0, 1))).toBe('gold');
  });

  it('computes commission from cells, money as a plain number (COM-2, COM-4)', () => {
    const hf = engine([[9000, 'gold', '=DATE(2025,3,1)', '=DATE(2025,6,15)', '=CP_COMMISSION(A1, "port", B1, C1, D1)']]);
    expect(hf.getCellValue(at(0, 4))).toBe(3600);
    expect(hf.getCellValueDetailedType(at(0, 4))).toBe('NUMBER_RAW');
    hf.setCellContents(at(0, 3), '=DATE(2026,6,15)'); // now in year 2
    expect(hf.getCellValue(at(0, 4))).toBe(900);
    hf.setCellContents(at(0, 0), 12.345);
    expect(errorOf(hf, 0, 4)).toEqual({
      type: 'VALUE',
      message: 'CP_COMMISSION: amount must have at most 2 decimal places, got 12.345 (round it with ROUND(…, 2) first)',
    });
  });

  it('lets empty arguments stand for absent ones', () => {
    const hf = engine([['=CP_RATE("ecs",,,"2026-01-15",,"cloud")', '=CP_RATE("port",,"2025-03-01","2025-06-15")']]);
    expect(hf.getCellValue(at(0, 0))).toBe(0.2);
    expect(hf.getCellValue(at(0, 1))).toBe(0.2); // no tier: ordinary (TIER-4)
  });

  it('gives date results as dates of the engine, equal to DATE()', () => {
    const hf = engine([['=CP_SETTLEMENT("2026-01", "statement")', '=DATE(2026,2,9)', '=CP_REVIEW_PERIOD(DATE(2026,5,20))', '=DATE(2026,10,10)']]);
    expect(hf.getCellValue(at(0, 0))).toBe(hf.getCellValue(at(0, 1)));
    expect(hf.getCellValueDetailedType(at(0, 0))).toBe('NUMBER_DATE');
    expect(hf.getCellValue(at(0, 2))).toBe(hf.getCellValue(at(0, 3)));
  });

  it("reads and writes dates by the engine's own calendar when its nullDate differs", () => {
    const rows = [['=CP_SETTLEMENT(DATE(2026,1,1), "statement")', '=DATE(2026,2,9)', '=CP_QUARTER(DATE(2026,5,20))']];
    const hf = engine(rows, NULL_DATE_1900);
    expect(hf.getCellValue(at(0, 1))).not.toBe(46062); // a different serial for the same day
    expect(hf.getCellValue(at(0, 0))).toBe(hf.getCellValue(at(0, 1)));
    expect(hf.getCellValue(at(0, 2))).toBe('2026-Q2');
  });

  it("reads a date argument and a range of holidays by the engine's own calendar, to the day (PER-3, PER-4)", () => {
    const hf = engine(
      [['=CP_QUARTER(DATE(2026,4,1))', '=CP_QUARTER(DATE(2026,3,31))', '=CP_SETTLEMENT("2026-01", "payment", D1)', '=DATE(2026,2,25)', '=DATE(2026,2,26)']],
      NULL_DATE_1900,
    );
    // Read as a sheet serial, DATE(2026,4,1) would be 2026-03-30, in the first quarter.
    expect(hf.getCellValue(at(0, 0))).toBe('2026-Q2');
    expect(hf.getCellValue(at(0, 1))).toBe('2026-Q1');
    // The 25th is a holiday: payment moves to the 26th (2026-02-23 would leave it on the 25th).
    expect(hf.getCellValue(at(0, 2))).toBe(hf.getCellValue(at(0, 4)));
  });

  it('reads every engine date from 0001-01-01 to 9999-12-31, in either calendar (CONV-3)', () => {
    // The engine serials of 0001-01-01 and 9999-12-31 in each calendar.
    const calendars = [
      { options: {}, first: -693_593, last: 2_958_465 },
      { options: NULL_DATE_1900, first: -693_595, last: 2_958_463 },
    ];
    for (const { options, first, last } of calendars) {
      const hf = engine([[first, last, '=CP_QUARTER(A1)', '=CP_QUARTER(B1)', '=CP_QUARTER(DATE(9999,10,1))', '=CP_QUARTER(DATE(9999,9,30))']], options);
      expect(hf.numberToDate(first)).toEqual({ year: 1, month: 1, day: 1 });
      expect(hf.numberToDate(last)).toEqual({ year: 9999, month: 12, day: 31 });
      expect(hf.getCellValue(at(0, 2))).toBe('0001-Q1');
      expect(hf.getCellValue(at(0, 3))).toBe('9999-Q4');
      expect(hf.getCellValue(at(0, 4))).toBe('9999-Q4');
      expect(hf.getCellValue(at(0, 5))).toBe('9999-Q3');
    }
  });

  it('leaves text, TRUE/FALSE and serials of years outside 0001-9999 to the function, which refuses them as CP_QUARTER does (CONV-3)', () => {
    // In the default calendar an engine serial is the sheet serial, so the plugin and the flat function agree.
    const values: RawCellContent[] = [2_958_466, -693_594, true, false];
    const hf = engine([["'45000", ...values, '=CP_QUARTER(A1)', '=CP_QUARTER(B1)', '=CP_QUARTER(C1)', '=CP_QUARTER(D1)', '=CP_QUARTER(E1)']]);
    expect(hf.getCellValue(at(0, 0))).toBe('45000'); // text, not a number
    ['45000', ...values].forEach((v, i) => {
      expect(errorOf(hf, 0, 5 + i), String(v)).toEqual({ type: 'VALUE', message: refusal(() => CP_QUARTER(v as never)) });
    });
    expect(errorOf(hf, 0, 6).message).toBe('CP_QUARTER: date must be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got 2958466');
    expect(errorOf(hf, 0, 5).message).toBe("CP_QUARTER: date must be a real date (a date cell or text YYYY-MM-DD), got '45000'");
  });

  it('refuses a date after 9999-12-31 in any calendar, naming it by its sheet serial (CONV-3)', () => {
    // 10000-01-01 is sheet serial 2958466 and 10001-02-04 is 2958865, whatever the engine's nullDate.
    const calendars = [{}, NULL_DATE_1900, { nullDate: { year: 1904, month: 1, day: 1 } }];
    for (const options of calendars) {
      const hf = engine([['=CP_QUARTER(DATE(9999,12,31)+1)', '=CP_QUARTER(DATE(9999,12,31)+400)', '=CP_QUARTER(DATE(9999,12,31))']], options);
      expect(errorOf(hf, 0, 0), JSON.stringify(options)).toEqual({ type: 'VALUE', message: refusal(() => CP_QUARTER(2_958_466)) });
      expect(errorOf(hf, 0, 1).message, JSON.stringify(options)).toBe(
        'CP_QUARTER: date must be a date serial from 61 (1900-03-01) to 2958465 (9999-12-31), got 2958865',
      );
      expect(hf.getCellValue(at(0, 2))).toBe('9999-Q4');
    }
  });

  it('takes holidays as a range and recalculates when one changes (PER-4, PER-6)', () => {
    const hf = engine([
      ['2026-01', '=CP_SETTLEMENT(A1, "payment", C1:C3)', '=DATE(2026,2,25)'],
      [null, null, null],
      [null, null, null],
    ]);
    expect(hf.getCellValue(at(0, 1))).toBe(CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25']]));
    hf.setCellContents(at(0, 2), null);
    expect(hf.getCellValue(at(0, 1))).toBe(CP_SETTLEMENT('2026-01', 'payment')); // 2026-02-25, no holiday
    hf.setCellContents(at(1, 2), 'soon');
    expect(errorOf(hf, 0, 1)).toEqual({
      type: 'VALUE',
      message: "CP_SETTLEMENT: holidays (row 2, column 1) must be a real date (a date cell or text YYYY-MM-DD), got 'soon'",
    });
  });

  it('resolves ownership over a range of registrations (REG-1, REG-2)', () => {
    const regs: RawCellContent[][] = [
      ['R1', 'C1', 'direct', 'KA-7', '2026-03-01T09:30:00+08:00'],
      ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'],
    ];
    const hf = engine([...regs, ['=CP_OWNER("C1", A1:E2, "2026-03-10T00:00:00+08:00")', null, null, null, null]]);
    expect(hf.getCellValue(at(2, 0))).toBe('P-0107');
    expect(hf.getCellValue(at(2, 0))).toBe(CP_OWNER('C1', regs as never, '2026-03-10T00:00:00+08:00'));
    hf.setCellContents(at(1, 4), '2026-03-02T01:30:00Z'); // the partner registers a day later
    expect(hf.getCellValue(at(2, 0))).toBe('KA-7');
  });

  it('reads date cells inside a table by its columns, in the engine\'s own calendar (COM-6)', () => {
    const rows: RawCellContent[][] = [
      ['T1', 'C1', 'conference', 0.05, '=DATE(2026,1,5)', '=DATE(2025,6,1)'],
      ['T2', 'C2', 'conference', 0.05, '=DATE(2026,1,31)', '=DATE(2025,6,1)'],
      ['=CP_STATEMENT(A1:F2, DATE(2026,1,1), DATE(2026,1,31), "gold")', null, null, null, null, null],
    ];
    for (const options of [{}, { nullDate: { year: 1900, month: 1, day: 1 } }]) {
      const hf = engine(rows, options);
      expect(hf.getCellValue(at(2, 0))).toBe(0.01); // 10% of 0.10, rounded once
      hf.setCellContents(at(1, 4), '=DATE(2026,2,1)'); // T2 leaves the period
      expect(hf.getCellValue(at(2, 0))).toBe(0.01); // 0.005, half-up
      hf.setCellContents(at(0, 3), 100);
      expect(hf.getCellValue(at(2, 0))).toBe(10);
    }
  });

  it('passes on the first error inside a range argument, in reading order (PER-4, COM-6)', () => {
    const hf = engine([
      ['=CP_SETTLEMENT("2026-01", "payment", B1:B3)', '=DATE(2026,2,25)', 'T1', 'C1', 'conference', '=NA()', '2026-01-05', '2025-06-01'],
      ['=CP_STATEMENT(C1:H2, "2026-01-01", "2026-01-31", "gold")', '=1/0', 'T2', 'C2', 'conference', 100, '=1/0', '2025-06-01'],
      ['=CP_DEEMED_ACCEPTED("2026-02-12", B1:B3)', '#N/A', null, null, null, null, null, null],
    ]);
    expect(errorOf(hf, 0, 0).type).toBe('DIV_BY_ZERO'); // holidays: 2026-02-25, #DIV/0!, #N/A
    expect(errorOf(hf, 1, 0).type).toBe('NA'); // receipts: T1's amount is #N/A, T2's date #DIV/0!
    expect(errorOf(hf, 2, 0).type).toBe('DIV_BY_ZERO');
    hf.setCellContents(at(1, 1), null); // the error left is in the last cell
    expect(errorOf(hf, 0, 0).type).toBe('NA');
    hf.setCellContents(at(2, 1), null); // no error left: the holiday counts
    expect(hf.getCellValue(at(0, 0))).toBe(CP_SETTLEMENT('2026-01', 'payment', [['2026-02-25']]));
  });

  it('reads numbers typed with a format inside a range: a currency amount, dates in the date format (COM-6, PER-4)', () => {
    const hf = engine([
      ['T1', 'C1', 'conference', '$100', '05/01/2026', '01/06/2025', '=CP_STATEMENT(A1:F1, "2026-01-01", "2026-01-31", "gold")'],
      ['25/02/2026', '=CP_SETTLEMENT("2026-01", "payment", A2)', '=DATE(2026,2,26)', null, null, null, null],
    ]);
    expect([at(0, 3), at(0, 4), at(1, 0)].map((a) => hf.getCellValueDetailedType(a))).toEqual(['NUMBER_CURRENCY', 'NUMBER_DATE', 'NUMBER_DATE']);
    expect(hf.getCellValue(at(0, 6))).toBe(10); // 10% of 100 (gold, conference)
    expect(hf.getCellValue(at(1, 1))).toBe(hf.getCellValue(at(1, 2))); // the 25th a holiday: the 26th
  });

  it('answers #NAME? with its name for a function it is asked to run but does not know', () => {
    // A subclass that routes a name of its own to the plugin's method, by mistake
    // (HyperFormula wants the method on the subclass itself).
    class Misrouted extends ChannelPolicyPlugin {
      static override implementedFunctions: ImplementedFunctions = { CP_NOT_A_FUNCTION: { method: 'channelPolicy', parameters: [] } };
      override channelPolicy(...args: Parameters<ChannelPolicyPlugin['channelPolicy']>): unknown {
        return super.channelPolicy(...args);
      }
    }
    const names = Object.fromEntries(HyperFormula.getRegisteredLanguagesCodes().map((code) => [code, { CP_NOT_A_FUNCTION: 'CP_NOT_A_FUNCTION' }]));
    HyperFormula.registerFunctionPlugin(Misrouted, names);
    try {
      const hf = engine([['=CP_NOT_A_FUNCTION()', '=CP_TIER(12)']]);
      expect(errorOf(hf, 0, 0)).toEqual({ type: 'NAME', message: 'CP_NOT_A_FUNCTION is not a channel-policy function' });
      expect(hf.getCellValue(at(0, 1))).toBe('gold');
    } finally {
      HyperFormula.unregisterFunctionPlugin(Misrouted);
    }
    expect(HyperFormula.getRegisteredFunctionNames('enGB')).not.toContain('CP_NOT_A_FUNCTION');
    expect(HyperFormula.getRegisteredFunctionNames('enGB')).toContain('CP_TIER');
  });

  it('passes an error argument on, and reports a wrong number of arguments', () => {
    const hf = engine([['=CP_TIER(1/0)', '=CP_TIER()', '=CP_DEPOSIT("gold", "cloud")']]);
    expect(errorOf(hf, 0, 0).type).toBe('DIV_BY_ZERO');
    expect(errorOf(hf, 0, 1).type).toBe('NA');
    expect(errorOf(hf, 0, 2)).toEqual({ type: 'VALUE', message: 'CP_DEPOSIT: the cloud program configures no deposit (DEP-6)' });
  });

  it('works in another language, under the same names', () => {
    const hf = engine([[12, '=CP_TIER(A1)', '=SUMME(1,2)']], { language: 'deDE' });
    expect(hf.getCellValue(at(0, 1))).toBe('gold');
    expect(hf.getCellValue(at(0, 2))).toBe(3);
  });

  it('offers the same names in every language HyperFormula ships', () => {
    for (const [code, names] of Object.entries(ChannelPolicyTranslations)) {
      expect(Object.keys(names), code).toEqual(SHEET_FUNCTIONS.map((f) => f.name));
    }
  });
});

describe('the hyperformula adapter stays optional', () => {
  it('is imported by nothing else in src, so hyperformula is only ever a peer', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src');
    const importers = files.filter(
      (f) => !f.startsWith(join('src', 'hyperformula')) && /from\s+['"](hyperformula|\.\.?\/(\.\.\/)*hyperformula\/)/.test(readFileSync(f, 'utf8')),
    );
    expect(importers).toEqual([]);
  });

  it('is declared an optional peer dependency, not a dependency', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    expect(pkg.dependencies?.hyperformula).toBeUndefined();
    expect(pkg.peerDependencies?.hyperformula).toBeDefined();
    expect(pkg.peerDependenciesMeta?.hyperformula?.optional).toBe(true);
  });
});
