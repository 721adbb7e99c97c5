/**
 * `npm run bench -- sheets`: spreadsheet functions as a sheet recalculates
 * them, one call per cell: a 10,000-row commission column, a statement over
 * those receipts, tiers, settlement dates with a holiday range, CP_OWNER over
 * a registrations range, and the
 * same commission column in a HyperFormula engine (build, then one edit).
 */
import { HyperFormula } from 'hyperformula';
import { ChannelPolicyPlugin, ChannelPolicyTranslations } from '../../src/hyperformula/index.js';
import { CP_COMMISSION, CP_OWNER, CP_SETTLEMENT, CP_STATEMENT, CP_TIER } from '../../src/sheets/index.js';

function measure(label: string, runs: number, fn: () => void): void {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label}: median ${median.toFixed(1)} ms (${runs} runs)`);
}

const ROWS = 10_000;
let x = 42;
const next = () => {
  x = (x * 1103515245 + 12345) % 2147483648; // a fixed LCG: the same sheet every run
  return x / 2147483648;
};
const serial = (n: number) => 45658 + Math.floor(n); // from 2025-01-01
const rows = Array.from({ length: ROWS }, () => ({
  amount: Math.round(next() * 10_000_000) / 100,
  line: next() < 0.7 ? 'port' : 'conference',
  tier: (['gold', 'silver', 'ordinary'] as const)[Math.floor(next() * 3)]!,
  start: serial(next() * 365),
  on: serial(365 + next() * 365),
}));

export default function bench(): void {
  measure(`CP_COMMISSION × ${ROWS.toLocaleString('en')} cells`, 5, () => {
    for (const r of rows) CP_COMMISSION(r.amount, r.line, r.tier, r.start, r.on);
  });
  const receipts = rows.map((r, i) => [`T${i}`, `C${i % 500}`, r.line, r.amount, r.on, r.start]);
  measure(`CP_STATEMENT over a ${ROWS.toLocaleString('en')}-row receipts range`, 5, () => {
    CP_STATEMENT(receipts, 46023, 46387, 'gold'); // 2026
  });
  measure(`CP_TIER × ${ROWS.toLocaleString('en')} cells`, 5, () => {
    for (let i = 0; i < ROWS; i++) CP_TIER(i % 20);
  });
  const holidays = Array.from({ length: 30 }, (_, i) => [serial(400 + i * 11)]);
  measure('CP_SETTLEMENT × 1,000 cells, 30-row holiday range', 5, () => {
    for (let i = 0; i < 1000; i++) CP_SETTLEMENT(`20${26 + Math.floor(i / 12) % 70}-${String((i % 12) + 1).padStart(2, '0')}`, 'payment', holidays);
  });
  const regs = Array.from({ length: 3000 }, (_, i) => [
    `R${i}`,
    `C${i % 1000}`,
    i % 3 === 0 ? 'direct' : 'partner',
    `P${i % 40}`,
    new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  ]);
  measure('CP_OWNER × 1,000 customers over a 3,000-row registrations range', 3, () => {
    for (let c = 0; c < 1000; c++) CP_OWNER(`C${c}`, regs, '2026-06-01T00:00:00Z');
  });

  HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
  const sheet = rows.map((r, i) => [r.amount, r.line, r.tier, r.start, r.on, `=CP_COMMISSION(A${i + 1},B${i + 1},C${i + 1},D${i + 1},E${i + 1})`]);
  let hf: HyperFormula | undefined;
  measure(`HyperFormula: build a ${ROWS.toLocaleString('en')}-row sheet of =CP_COMMISSION`, 3, () => {
    hf?.destroy();
    hf = HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
  });
  let amount = 100;
  measure('HyperFormula: edit one amount, recalculate its commission', 20, () => {
    hf!.setCellContents({ sheet: 0, row: 0, col: 0 }, (amount += 1));
  });
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
