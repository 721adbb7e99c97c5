/**
 * `npm run bench -- conflict`: resolveOwnership over 50k, 100k and 200k
 * registrations (4 per customer, with progress histories and takeovers), to
 * show the time and its n log n growth.
 */
import { resolveOwnership, type Registration, type Takeover } from '../../src/conflict/index.js';
import { telecomProgram } from '../../src/policy/presets.js';

const OFFSETS = ['Z', '+08:00', '-05:00', '+05:30'];
const DAY = 86_400_000;

/** A deterministic generator (mulberry32), so every run measures the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function instant(ms: number, offset: string): string {
  const shift = offset === 'Z' ? 0 : (offset[0] === '+' ? 1 : -1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  return new Date(ms + shift).toISOString().slice(0, 19) + offset;
}

/** `n` registrations over `n / 4` customers, with 0 to 4 progress entries each, and a takeover per 10 customers. */
export function sample(n: number, seed = 1): { registrations: Registration[]; takeovers: Takeover[]; asOf: string } {
  const next = rng(seed);
  const start = Date.UTC(2025, 0, 1);
  const registrations: Registration[] = [];
  const takeovers: Takeover[] = [];
  const customers = Math.max(1, Math.floor(n / 4));
  for (let i = 0; i < n; i++) {
    const customerId = `C${String(i % customers).padStart(6, '0')}`;
    const t = start + Math.floor(next() * 300 * DAY / 1000) * 1000;
    const offset = OFFSETS[Math.floor(next() * OFFSETS.length)]!;
    const progress = [];
    let at = t;
    const count = Math.floor(next() * 5);
    for (let s = 1; s <= count; s++) {
      at += Math.floor(next() * 40 * DAY / 1000) * 1000;
      progress.push({ stage: s as 1 | 2 | 3 | 4 | 5, at: instant(at, offset) });
    }
    registrations.push({
      id: `R${i}`,
      customerId,
      party: next() < 0.3 ? { kind: 'direct', id: `KA-${Math.floor(next() * 50)}` } : { kind: 'partner', id: `P-${Math.floor(next() * 2000)}` },
      registeredAt: instant(t, offset),
      progress,
    });
    if (i % 40 === 0) takeovers.push({ customerId, registrationId: `R${i}`, at: instant(t + 60 * DAY, 'Z') });
  }
  // Shuffle: the input comes in no particular order.
  for (let i = registrations.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [registrations[i], registrations[j]] = [registrations[j]!, registrations[i]!];
  }
  // Through JSON, as records arrive from a service or a database: flat strings, plain objects.
  return JSON.parse(JSON.stringify({ registrations, takeovers, asOf: instant(start + 330 * DAY, '+08:00') })) as {
    registrations: Registration[];
    takeovers: Takeover[];
    asOf: string;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export default async function bench(): Promise<void> {
  const runs = 11;
  let prev: { n: number; ms: number } | null = null;
  for (const n of [50_000, 100_000, 200_000]) {
    const input = sample(n);
    const progress = input.registrations.reduce((k, r) => k + [...(r.progress ?? [])].length, 0);
    resolveOwnership(telecomProgram, input); // warm-up
    const times: number[] = [];
    const cpu: number[] = [];
    let customers = 0;
    for (let r = 0; r < runs; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      customers = resolveOwnership(telecomProgram, input).length;
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    const ms = median(times);
    const growth = prev === null ? '' : `  ×${(ms / prev.ms).toFixed(2)} for ×${n / prev.n} (n log n: ×${((n * Math.log(n)) / (prev.n * Math.log(prev.n))).toFixed(2)})`;
    console.log(
      `resolveOwnership ${String(n).padStart(7)} registrations, ${customers} customers, ${progress} progress entries, ` +
        `${input.takeovers.length} takeovers: median ${ms.toFixed(0)} ms of ${runs} (min ${Math.min(...times).toFixed(0)}, ` +
        `CPU median ${median(cpu).toFixed(0)} ms)${growth}`,
    );
    prev = { n, ms };
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
