/**
 * Sharding a statement across worker threads (COM-10): each worker computes
 * the statement of its shard of receipts, the main thread merges the parts,
 * and the result equals one pass over all receipts, to the byte.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/shard-statements.ts
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { telecomProgram } from 'channel-policy';
import { commissionStatement, mergeStatements, type Receipt, type Statement } from 'channel-policy/commission';

const partnerId = 'P-0107 Huadong Telecom Services';
const period = { from: '2026-04-01', to: '2026-06-30' };
const tiers = [
  { tier: 'silver', from: '2026-01-01' },
  { tier: 'gold', from: '2026-04-01' },
] as const;
const TOTAL = 400_000;

/** Sample data: the receipts of one shard (in practice, a cursor over the shard's rows). */
function* shardReceipts(shard: number, shards: number): Generator<Receipt> {
  for (let i = shard; i < TOTAL; i += shards) {
    yield {
      id: `R${i}`,
      customerId: `C${i % 5000}`,
      line: i % 3 === 0 ? 'conference' : 'port',
      amount: `${100 + (i % 9000)}.${String(i % 100).padStart(2, '0')}`,
      receivedOn: `2026-0${4 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      customerStartOn: `202${4 + (i % 3)}-0${1 + (i % 9)}-15`,
    };
  }
}

// Compiled JavaScript would use `new Worker(new URL(import.meta.url))`; under tsx the worker loads this file
// through tsx's API, with the examples' tsconfig so that 'channel-policy' means the same code in every thread.
const tsconfig = new URL('./tsconfig.json', import.meta.url).pathname;
const WORKER_SOURCE = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, { parentURL: ${JSON.stringify(import.meta.url)}, tsconfig: ${JSON.stringify(tsconfig)} }))`;

if (isMainThread) {
  const shards = 4;
  const started = performance.now();
  const parts = await Promise.all(
    Array.from(
      { length: shards },
      (_, shard) =>
        new Promise<Statement>((resolve, reject) => {
          const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shard, shards } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  // A carried-in balance belongs to one part only; parts merge in any order, even after a JSON round trip.
  const owed = commissionStatement(telecomProgram, { partnerId, period, tiers, receipts: [], carriedIn: '1200.00' });
  const statement = [owed, ...parts.map((p) => JSON.parse(JSON.stringify(p)) as Statement)].reduce((a, b) => mergeStatements(a, b));
  const ms = performance.now() - started;

  console.log(`${TOTAL.toLocaleString('en')} receipts in ${shards} shards, merged in ${ms.toFixed(0)} ms`);
  for (const l of statement.lines) {
    console.log(`  ${l.line.padEnd(11)} ${l.rate.padStart(4)}  ${l.base.padStart(14)}  ${l.commission.padStart(12)}  ${l.receipts} receipts`);
  }
  console.log(`  payable ${statement.totals.payable} (after ${statement.totals.carriedIn} carried in)`);

  const whole = commissionStatement(telecomProgram, {
    partnerId,
    period,
    tiers,
    carriedIn: '1200.00',
    receipts: (function* () {
      for (let s = 0; s < shards; s++) yield* shardReceipts(s, shards);
    })(),
  });
  console.log('same as one pass over all receipts:', JSON.stringify(whole) === JSON.stringify(statement));
} else {
  const { shard, shards } = workerData as { shard: number; shards: number };
  parentPort!.postMessage(commissionStatement(telecomProgram, { partnerId, period, tiers, receipts: shardReceipts(shard, shards) }));
}
