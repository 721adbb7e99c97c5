/**
 * `npm run example`: closes a telecom quarter and lays out a cloud settlement
 * month on built-in sample data, printing what a channel manager would see.
 */
import { cloudProgram, telecomProgram } from 'channel-policy';
import { businessCalendar, payoutTimeline, settlementCalendar, quarterRange } from 'channel-policy/periods';
import { reviewTier, tierOn } from 'channel-policy/tiers';

// Sample data: three partners' closed customers in 2026-Q3.
const quarter = '2026-Q3';
const partners = [
  { id: 'P-0107 Huadong Telecom Services', metric: 12, history: [{ tier: 'silver', from: '2026-07-01' }] },
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

const payout = payoutTimeline(telecomProgram, { startOn: '2026-10-01', calendar });
console.log(`\nTelecom payout workflow for ${quarter}, starting 2026-10-01 (business days, National Day observed)`);
for (const s of payout.steps) {
  console.log(`  ${s.step.padEnd(22)}${String(s.days).padStart(2)} d  ${s.startsOn} → ${s.dueOn}`);
}
console.log(`  complete by ${payout.completesOn}   [${payout.rules.join(', ')}]`);

const month = '2026-09';
const s = settlementCalendar(cloudProgram, { month, calendar });
console.log(`\nCloud settlement calendar for the performance month ${month}`);
console.log(`  statement issued   ${s.statementOn}`);
console.log(`  partner confirms   ${s.confirmBy}`);
console.log(`  invoice by         ${s.invoiceBy}`);
console.log(`  payment on         ${s.paymentOn}   [${s.rules.join(', ')}]`);
