/**
 * `npm run bench -- bids`: scoreBids over 1,000 bids with 9 judges each
 * (target: under 100 ms), with half-point scores and with full-precision doubles.
 */
import { scoreBids, type Bid } from '../../src/bids/index.js';
import { cloudProgram } from '../../src/policy/presets.js';

function round(bidCount: number, judges: number, seed: number, fine = false): Bid[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648; // a fixed LCG: the same round every run
    return x / 2147483648;
  };
  // Half points, or (fine) doubles with up to 17 digits, which take the BigInt path.
  const score = fine ? () => next() * 100 : () => Math.round(next() * 200) / 2;
  return Array.from({ length: bidCount }, (_, i) => ({
    bidderId: `bidder-${i}`,
    region: `region-${i % 20}`,
    qualification: { customerManagement: true, certifiedStaff: 3 + (i % 5), localMarket: i % 17 !== 0, willingToCooperate: true, governmentResources: i % 3 === 0 },
    scores: Array.from({ length: judges }, (_, j) => ({ judgeId: `judge-${j}`, market: score(), team: score(), operations: score(), plan: score() })),
  }));
}

function measure(label: string, runs: number, fn: () => void): void {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  console.log(`${label}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${(1000 / median).toFixed(1)} ops/s (${runs} runs)`);
}

export default function bench(): void {
  const bids = round(1000, 9, 42);
  measure('scoreBids 1,000 bids × 9 judges, mean', 50, () => scoreBids(cloudProgram, { bids }));
  measure('scoreBids 1,000 bids × 9 judges, trimmed', 50, () => scoreBids(cloudProgram, { bids, aggregation: 'trimmed' }));
  const fine = round(1000, 9, 42, true);
  measure('scoreBids 1,000 bids × 9 judges, full-precision doubles', 50, () => scoreBids(cloudProgram, { bids: fine }));
  const big = round(10_000, 9, 7);
  measure('scoreBids 10,000 bids × 9 judges, mean', 10, () => scoreBids(cloudProgram, { bids: big }));
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
