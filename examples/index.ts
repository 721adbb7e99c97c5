/**
 * `npm run example`: closes a telecom quarter (tier review, commission
 * statement with one bucket explained receipt by receipt, payout workflow) and
 * a cloud service center's month (statement and settlement calendar), then
 * a registration dispute with its timeline and a scored bid round, on
 * built-in sample data, printing what a channel manager would see.
 */
import { cloudProgram, telecomProgram, type Receipt, type Statement } from 'channel-policy';
import { commissionStatement, explainStatement } from 'channel-policy/commission';
import { resolveOwnership } from 'channel-policy/conflict';
import { businessCalendar, monthRange, payoutTimeline, settlementCalendar, quarterRange } from 'channel-policy/periods';
import { reviewTier, tierOn } from 'channel-policy/tiers';

// Sample data: three partners' closed customers in 2026-Q3.
const quarter = '2026-Q3';
const partners = [
  { id: 'P-0107 Huadong Telecom Services', metric: 12, history: [{ tier: 'silver', from: '2026-04-01' }] },
  { id: 'P-0233 Xinghe Networks', metric: 5, history: [{ tier: 'gold', from: '2026-04-01' }] },
  { id: 'P-0318 Lanshan Communications', metric: 3, history: [] },
] as const;

// Sample holidays (China, National Day 2026): pass the list your authority publishes.
const calendar = businessCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
});

const { from, to } = quarterRange(quarter);
console.log(`Telecom tier review for ${quarter} (${from} to ${to})`);
console.log('partner                              closed  tier now   → next tier  valid');
for (const p of partners) {
  const review = reviewTier(telecomProgram, { quarter, metric: p.metric });
  const now = tierOn([...p.history], to);
  console.log(
    `${p.id.padEnd(37)}${String(p.metric).padStart(6)}  ${now.padEnd(9)}→ ${review.tier.padEnd(11)}` +
      ` ${review.effectiveFrom} to ${review.validUntil}   [${review.rules.join(', ')}]`,
  );
}

// Sample data: P-0107's cash received in 2026-Q3, and one refund after a customer left.
const p0107Receipts: Receipt[] = [
  { id: 'R-3101', customerId: 'C-Jinling Hotels', line: 'port', amount: '36000.00', receivedOn: '2026-07-03', customerStartOn: '2026-07-01' },
  { id: 'R-3102', customerId: 'C-Qiantang Logistics', line: 'port', amount: '18450.50', receivedOn: '2026-07-21', customerStartOn: '2026-06-15' },
  { id: 'R-3103', customerId: 'C-Xuhui Clinics', line: 'port', amount: '9999.99', receivedOn: '2026-08-05', customerStartOn: '2026-08-01' },
  // Paid in August for service from 2026-09-15: the service date decides the year (COM-4), the second one.
  { id: 'R-3104', customerId: 'C-Binjiang Textiles', line: 'port', amount: '24000.00', receivedOn: '2026-08-28', customerStartOn: '2025-09-15', coversFrom: '2026-09-15' },
  { id: 'R-3105', customerId: 'C-Suzhou Precision', line: 'port', amount: '12000.00', receivedOn: '2026-09-02', customerStartOn: '2025-03-01' },
  // Past the two-year window: counted, earns nothing (COM-4).
  { id: 'R-3106', customerId: 'C-Old Town Mall', line: 'port', amount: '8000.00', receivedOn: '2026-09-10', customerStartOn: '2024-05-01' },
  { id: 'R-3107', customerId: 'C-Jinling Hotels', line: 'conference', amount: '2380.45', receivedOn: '2026-07-31', customerStartOn: '2026-07-01' },
  { id: 'R-3108', customerId: 'C-Qiantang Logistics', line: 'conference', amount: '1135.10', receivedOn: '2026-08-31', customerStartOn: '2026-06-15' },
  { id: 'R-3109', customerId: 'C-Jinling Hotels', line: 'margin', amount: '5600.00', cost: '4120.35', receivedOn: '2026-09-30', customerStartOn: '2026-07-01' },
];
const p0107Refunds = [
  {
    id: 'F-0912',
    amount: '6000.00',
    refundedOn: '2026-09-12',
    // The customer left; its April receipt had earned the silver year-1 rate.
    receipt: { id: 'R-2044', customerId: 'C-Lakeside Realty', line: 'port', amount: '15000.00', receivedOn: '2026-04-08', customerStartOn: '2026-04-01' },
  },
];
const p0107Tiers = [
  { tier: 'ordinary', from: '2025-01-01' },
  { tier: 'silver', from: '2026-04-01' },
] as const;

function printStatement(s: Statement): void {
  console.log('  line        rate          base    commission  receipts  rules');
  for (const l of s.lines) {
    console.log(`  ${l.line.padEnd(10)}${l.rate.padStart(6)}${l.base.padStart(14)}${l.commission.padStart(14)}${String(l.receipts).padStart(10)}  ${l.rules.join(', ')}`);
  }
  for (const c of s.clawbacks) {
    console.log(`  clawback of ${c.receiptId} (refund ${c.refundId}): ${c.refund} × ${c.rate} = −${c.clawback}   [${c.rules.join(', ')}]`);
  }
  const t = s.totals;
  console.log(`  commission ${t.commission}  − clawback ${t.clawback}  − carried in ${t.carriedIn}  = payable ${t.payable}`);
  for (const w of s.warnings) console.log(`  warning ${w.code}: ${w.message}`);
}

const telecomInput = {
  partnerId: 'P-0107',
  period: quarterRange(quarter),
  tiers: [...p0107Tiers],
  receipts: p0107Receipts,
  refunds: p0107Refunds,
};
console.log(`\nCommission statement, P-0107 Huadong Telecom Services, ${quarter} (cash basis, COM-1)`);
printStatement(commissionStatement(telecomProgram, telecomInput));

const explained = explainStatement(telecomProgram, telecomInput);
const bucket = explained.statement.lines.find((l) => l.line === 'port' && l.rate === '0.3')!;
console.log(`\nWhy port at 0.3 pays ${bucket.commission}: each receipt's share (largest remainder, shares add up exactly)`);
for (const r of explained.receipts.filter((x) => x.line === 'port' && x.rate === '0.3')) {
  console.log(`  ${r.receiptId}  year ${r.year}  share ${r.share.padStart(10)}   [${r.rules.join(', ')}]`);
}

const payout = payoutTimeline(telecomProgram, { startOn: '2026-10-01', calendar });
console.log(`\nTelecom payout workflow for ${quarter}, starting 2026-10-01 (business days, National Day observed)`);
for (const s of payout.steps) {
  console.log(`  ${s.step.padEnd(22)}${String(s.days).padStart(2)} d  ${s.startsOn} → ${s.dueOn}`);
}
console.log(`  complete by ${payout.completesOn}   [${payout.rules.join(', ')}]`);

const month = '2026-09';
// Sample data: a cloud service center's customers' payments in September 2026 (20% on every line, COM-3).
const cloudStatement = commissionStatement(cloudProgram, {
  partnerId: 'SC-Chengdu',
  period: monthRange(month),
  receipts: [
    { id: 'A-901', customerId: 'U-1001', line: 'ecs', amount: '15230.40', receivedOn: '2026-09-03' },
    { id: 'A-902', customerId: 'U-1002', line: 'ecs', amount: '8820.15', receivedOn: '2026-09-11' },
    { id: 'A-903', customerId: 'U-1001', line: 'oss', amount: '1204.33', receivedOn: '2026-09-15' },
    { id: 'A-904', customerId: 'U-1003', line: 'rds', amount: '6400.00', receivedOn: '2026-09-22' },
    { id: 'A-905', customerId: 'U-1004', line: 'oss', amount: '389.99', receivedOn: '2026-09-30' },
  ],
});
console.log(`\nCloud rebate statement, SC-Chengdu, ${month}`);
printStatement(cloudStatement);

const s = settlementCalendar(cloudProgram, { month, calendar });
console.log(`\nCloud settlement calendar for the performance month ${month}`);
console.log(`  statement issued   ${s.statementOn}`);
console.log(`  partner confirms   ${s.confirmBy}`);
console.log(`  invoice by         ${s.invoiceBy}`);
console.log(`  payment on         ${s.paymentOn}   [${s.rules.join(', ')}]`);

// Sample data: a registration dispute over two telecom customers (REG-1 to REG-5).
const ownership = resolveOwnership(telecomProgram, {
  registrations: [
    { id: 'R-101', customerId: 'C-Qiantang Logistics', party: { kind: 'partner', id: 'P-0107' },
      registeredAt: '2026-05-06T09:12:00+08:00', progress: [{ stage: 2, at: '2026-05-14T14:00:00+08:00' }] },
    { id: 'R-102', customerId: 'C-Qiantang Logistics', party: { kind: 'direct', id: 'KA-Zhou' },
      registeredAt: '2026-05-09T11:30:00+08:00', progress: [{ stage: 2, at: '2026-05-20T10:00:00+08:00' }] },
    { id: 'R-301', customerId: 'C-Binjiang Textiles', party: { kind: 'partner', id: 'P-0233' }, registeredAt: '2026-04-01T10:00:00+08:00',
      progress: [{ stage: 3, at: '2026-04-20T10:00:00+08:00' }, { stage: 5, at: '2026-05-10T10:00:00+08:00' }] },
    { id: 'R-302', customerId: 'C-Binjiang Textiles', party: { kind: 'partner', id: 'P-0107' }, registeredAt: '2026-05-12T10:00:00+08:00' },
  ],
  asOf: '2026-06-12T09:00:00+08:00',
});
console.log('\nRegistration conflicts as of 2026-06-12 09:00 (Beijing); instants in UTC');
for (const c of ownership) {
  console.log(`  ${c.customerId}: ${c.status}, owner ${c.owner ?? '—'}${c.challenger !== null ? `, challenger ${c.challenger}` : ''}${c.keySupport ? ', key support (REG-5)' : ''}`);
  for (const e of c.timeline) console.log(`    ${e.at}  ${e.event.padEnd(22)} ${e.registrationId ?? ''}  [${e.rules.join(', ')}]`);
  for (const r of c.rejected) console.log(`    rejected ${r.registrationId}: ${r.reason}`);
}

console.log('\nCloud service-center bid round');
await import('./bid-round.js');
