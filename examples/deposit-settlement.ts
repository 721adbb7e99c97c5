/**
 * A telecom partner's deposit at the close of 2026-Q3: what it must hold, what
 * is deducted for overdue claims, what it owes back, and a voice-wholesale
 * agent's service status.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/deposit-settlement.ts
 */
import { telecomProgram } from 'channel-policy';
import { depositLedger, requiredDeposit, settleDeposit, wholesaleStatus, type DepositEntry } from 'channel-policy/deposit';

const money = (m: string) => m.padStart(12);
const rules = (r: readonly string[]) => `[${r.join(', ')}]`;

// 1. Required deposit per tier (DEP-1).
console.log('Required deposit by tier (telecom program)');
for (const tier of ['gold', 'silver', 'ordinary'] as const) {
  const r = requiredDeposit(telecomProgram, { tier });
  console.log(`  ${tier.padEnd(10)}${money(r.amount)}   ${rules(r.rules)}`);
}

// 2. P-0233 Xinghe Networks: its deposit so far (DEP-2).
const partner = 'P-0233 Xinghe Networks';
const entries: DepositEntry[] = [
  { kind: 'paid-in', amount: '40000', on: '2026-01-05' },
  { kind: 'top-up', amount: '50000', on: '2026-04-03', reason: 'upgraded to gold for 2026-Q2' },
];
const before = depositLedger(telecomProgram, { entries });

// 3. Settle as of 15 October 2026: the partner is silver for Q4, so 40,000 is required.
const asOf = '2026-10-15';
const required = requiredDeposit(telecomProgram, { tier: 'silver' }).amount;
const settlement = settleDeposit(telecomProgram, {
  balance: before.balance,
  required,
  asOf,
  claims: [
    // Commission clawed back in the Q2 statement (COM-7), not returned by its due date.
    { id: 'CB-2026Q2-017', kind: 'clawback', amount: '18450.00', dueOn: '2026-07-31' },
    // Monthly fees a customer never paid; the partner could not collect them.
    { id: 'AR-C1182-0825', kind: 'arrears', amount: '9630.50', dueOn: '2026-09-10' },
    // Withheld by the customer over dropped calls: the company's service quality, never deducted.
    { id: 'AR-C1207-0825', kind: 'arrears', amount: '4200.00', dueOn: '2026-09-10', cause: 'service-quality' },
    // Clawback from the Q3 statement, due today: not yet overdue.
    { id: 'CB-2026Q3-004', kind: 'clawback', amount: '2310.00', dueOn: '2026-10-15' },
  ],
});

console.log(`\n${partner}: deposit settlement as of ${asOf}`);
console.log(`  balance before deductions ${money(settlement.opening)}`);
console.log(`  ${'claim'.padEnd(17)}${'kind'.padEnd(9)}${'due on'.padStart(12)}${money('claim')}${money('deducted')}${money('still owed')}`);
for (const d of settlement.deductions) {
  console.log(
    `  ${d.claimId.padEnd(17)}${d.kind.padEnd(9)}${d.dueOn.padStart(12)}${money(d.claim)}${money(d.deducted)}${money(d.outstanding)}   ${rules(d.rules)}`,
  );
}
for (const s of settlement.skipped) {
  console.log(`  ${s.claimId.padEnd(17)}${s.kind.padEnd(9)}${s.dueOn.padStart(12)}${money(s.claim)}   not deducted: ${s.reason}   ${rules(s.rules)}`);
}
console.log(`  balance after deductions  ${money(settlement.balance)}`);
console.log(`  required (silver)         ${money(settlement.required)}`);
console.log(`  excess held               ${money(settlement.excess)}   (reported, not returned automatically)`);
console.log(`  shortfall to top up       ${money(settlement.shortfall)}   ${rules(settlement.rules)}`);

// 4. Book the deductions into the ledger (a deduction needs a reason, DEP-2).
const after = depositLedger(telecomProgram, {
  entries: [
    ...entries,
    ...settlement.deductions
      .filter((d) => d.deducted !== '0.00')
      .map((d): DepositEntry => ({ kind: 'deduction', amount: d.deducted, on: asOf, reason: `${d.kind} ${d.claimId} overdue since ${d.dueOn}` })),
  ],
});
console.log(`\n${partner}: deposit ledger`);
for (const l of after.lines) {
  console.log(`  ${l.on}  ${l.kind.padEnd(10)}${money(l.amount)}  balance ${money(l.balance)}  ${l.reason ?? ''}`.trimEnd());
}
console.log(`  paid in ${after.totals.paidIn}, topped up ${after.totals.toppedUp}, deducted ${after.totals.deducted}; closing balance ${after.balance}   ${rules(after.rules)}`);

// 5. A voice-wholesale agent (DEP-5): its deposit is below what its traffic now requires.
const agent = { id: 'W-0012 Jinqiao Voice', monthlyTraffic: '148230.40' };
const agentRequired = requiredDeposit(telecomProgram, { wholesale: { monthlyTraffic: agent.monthlyTraffic } });
console.log(`\n${agent.id}: voice wholesale, reference monthly traffic ${agent.monthlyTraffic}`);
console.log(`  required deposit ${agentRequired.amount} (set by ${agentRequired.basis})   ${rules(agentRequired.rules)}`);
console.log(`  ${'event'.padEnd(30)}${money('balance')}${money('unsettled')}  ${'status'.padEnd(10)}${money('headroom')}${money('shortfall')}`);
let wasSuspended = false;
for (const [event, balance, unsettledTraffic] of [
  ['traffic builds up', '140000.00', '96400.00'],
  ['traffic reaches the deposit', '140000.00', '140000.00'],
  ['agent settles part of its bill', '140000.00', '120000.00'],
  ['agent tops up its deposit', '150000.00', '120000.00'],
] as const) {
  const s = wholesaleStatus(telecomProgram, { balance, unsettledTraffic, monthlyTraffic: agent.monthlyTraffic, wasSuspended });
  wasSuspended = s.status === 'suspended';
  console.log(`  ${event.padEnd(30)}${money(balance)}${money(unsettledTraffic)}  ${s.status.padEnd(10)}${money(s.headroom)}${money(s.shortfall)}   ${rules(s.rules)}`);
}
