import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DetailedCellError, HyperFormula, type RawCellContent, type RawTranslationPackage } from 'hyperformula';
import deDEModule from 'hyperformula/i18n/languages/deDE';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChannelPolicyPlugin, ChannelPolicyTranslations } from '../../src/hyperformula/index.js';
import { CP_OWNER, CP_SETTLEMENT, SHEET_FUNCTIONS } from '../../src/sheets/index.js';

// The language file is CommonJS: its dictionary is the default export or the module itself, by loader.
const deDE = ((deDEModule as { default?: RawTranslationPackage }).default ?? deDEModule) as RawTranslationPackage;
const LICENSE = { licenseKey: 'gpl-v3' } as const;
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
    const hf = engine(rows, { nullDate: { year: 1900, month: 1, day: 1 } });
    expect(hf.getCellValue(at(0, 1))).not.toBe(46062); // a different serial for the same day
    expect(hf.getCellValue(at(0, 0))).toBe(hf.getCellValue(at(0, 1)));
    expect(hf.getCellValue(at(0, 2))).toBe('2026-Q2');
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
