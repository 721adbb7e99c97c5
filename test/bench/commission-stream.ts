/**
 * Child process of the commission benchmark: one statement over N streamed
 * receipts, printing the time and the process's peak RSS as JSON.
 * `node --import tsx test/bench/commission-stream.ts 10000000`
 */
import { commissionStatement } from '../../src/commission/index.js';
import { telecomProgram } from '../../src/policy/presets.js';
import { PERIOD, receiptStream, TIERS } from './commission-data.js';

const n = Number(process.argv[2] ?? 10_000_000);
const t0 = process.hrtime.bigint();
const s = commissionStatement(telecomProgram, { partnerId: 'P-1', period: PERIOD, tiers: TIERS, receipts: receiptStream(n) });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const receipts = s.lines.reduce((a, l) => a + l.receipts, 0);
console.log(JSON.stringify({ n, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, receipts, payable: s.totals.payable }));
