/**
 * `npm run bench -- commission`: commission statements over 1,000,000
 * in-memory telecom receipts (validation included) against a naive
 * per-receipt decimal.js loop; 10,000,000 streamed receipts in a child process
 * (time and peak RSS); and the rate of `explainStatement`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';
import { commissionStatement, explainStatement } from '../../src/commission/index.js';
import type { Receipt } from '../../src/commission/types.js';
import { addYears } from '../../src/core/dates.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { PERIOD, receiptAt, TIERS } from './commission-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

function best(runs: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
}

const PORT_Y1: Record<string, string> = { gold: '0.4', silver: '0.3', ordinary: '0.2' };

/** The naive way: a Decimal per receipt, the rate looked up per receipt, a Decimal sum per bucket. */
function naive(receipts: readonly Receipt[]): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  const ann = new Map<string, [string, string]>();
  const tierOn = (d: string) => {
    let t = 'ordinary';
    for (const e of TIERS) if (e.from <= d) t = e.tier;
    return t;
  };
  for (const r of receipts) {
    if (r.receivedOn < PERIOD.from || r.receivedOn > PERIOD.to) continue;
    const amount = new D(r.amount as string);
    const start = r.customerStartOn!;
    let a = ann.get(start);
    if (a === undefined) ann.set(start, (a = [addYears(start, 1), addYears(start, 2)]));
    const on = r.coversFrom ?? r.receivedOn;
    const year = on < a[0] ? 1 : on < a[1] ? 2 : 0;
    let rate: string;
    let base = amount;
    if (year === 0) rate = '0';
    else if (r.line === 'margin') {
      rate = '1';
      base = D.max(0, amount.minus(r.cost as string));
    } else if (r.line === 'port') rate = year === 1 ? PORT_Y1[tierOn(on)]! : '0.1';
    else rate = '0.1';
    const key = `${r.line}|${rate}`;
    sums.set(key, (sums.get(key) ?? new D(0)).plus(base));
  }
  return sums;
}

export default async function bench(): Promise<void> {
  const N = 1_000_000;
  const receipts = Array.from({ length: N }, (_, i) => receiptAt(i));
  const input = { partnerId: 'P-1', period: PERIOD, tiers: TIERS, receipts };

  let s = commissionStatement(telecomProgram, input); // warm up
  const ms = best(5, () => {
    s = commissionStatement(telecomProgram, input);
  });
  naive(receipts);
  const naiveMs = best(3, () => naive(receipts));
  const rate = N / (ms / 1000);
  const naiveRate = N / (naiveMs / 1000);
  console.log(`statement, 1,000,000 in-memory telecom receipts: ${ms.toFixed(0)} ms = ${(rate / 1e6).toFixed(2)} M receipts/s`);
  console.log(`naive decimal.js loop, same receipts:            ${naiveMs.toFixed(0)} ms = ${(naiveRate / 1e6).toFixed(2)} M receipts/s`);
  console.log(`speed-up over the naive loop: ${(rate / naiveRate).toFixed(1)}x   (payable ${s.totals.payable})`);

  const E = 200_000;
  const some = receipts.slice(0, E);
  explainStatement(telecomProgram, { ...input, receipts: some });
  const explainMs = best(3, () => explainStatement(telecomProgram, { ...input, receipts: some }));
  console.log(`explainStatement, 200,000 receipts: ${explainMs.toFixed(0)} ms = ${(E / (explainMs / 1000) / 1e6).toFixed(2)} M receipts/s`);

  const streamed = Number(process.env.COMMISSION_BENCH_STREAM ?? 10_000_000);
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'commission-stream.ts'), String(streamed)], { encoding: 'utf8' });
  if (child.status !== 0) {
    console.log(`streamed run failed: ${child.stderr}`);
    return;
  }
  const out = JSON.parse(child.stdout.trim().split('\n').pop()!) as { n: number; ms: number; maxRssMB: number };
  console.log(
    `statement, ${out.n.toLocaleString('en')} streamed receipts (child process): ${(out.ms / 1000).toFixed(1)} s = ` +
      `${(out.n / (out.ms / 1000) / 1e6).toFixed(2)} M receipts/s, peak RSS ${out.maxRssMB.toFixed(0)} MB`,
  );
}
