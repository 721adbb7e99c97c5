/**
 * The cloud program's morning lead run: where each recent sign-up stands on
 * 20 May 2026, who works it, and when to look at it again.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/lead-routing.ts
 */
import { cloudProgram } from 'channel-policy';
import { routeLeads, type Lead } from 'channel-policy/leads';

const asOf = '2026-05-20';
// Authorized service centers by region (LEAD-2); telesales covers Beijing, Shanghai, Guangzhou, Shenzhen and Zhejiang.
const centers = { Sichuan: 'SC-CD01 Chengdu', Hubei: 'SC-WH02 Wuhan', Shaanxi: 'SC-XA01 Xi’an' };

const signUps: { customer: string; lead: Lead }[] = [
  { customer: 'U-88120', lead: { signedUpOn: '2026-05-16', region: 'Zhejiang' } },
  { customer: 'U-88002', lead: { signedUpOn: '2026-05-02', region: 'Beijing', consumption: [{ on: '2026-05-06', line: 'ecs' }] } },
  { customer: 'U-87731', lead: { signedUpOn: '2026-04-20', region: 'Shanghai' } },
  { customer: 'U-87410', lead: { signedUpOn: '2026-04-08', region: 'Sichuan', confirmedOn: '2026-04-18' } },
  { customer: 'U-87395', lead: { signedUpOn: '2026-04-07', region: 'Hubei', confirmedOn: '2026-04-15', consumption: [{ on: '2026-05-11', line: 'rds' }] } },
  { customer: 'U-87102', lead: { signedUpOn: '2026-05-01', region: 'Shaanxi' } },
  { customer: 'U-86954', lead: { signedUpOn: '2026-04-28', region: 'Yunnan' } },
  { customer: 'U-84018', lead: { signedUpOn: '2026-03-02', region: 'Guangzhou', transferredOn: '2026-03-10' } },
];

const routes = routeLeads(cloudProgram, signUps.map((s) => s.lead), { asOf, centers });

const cols = ['customer', 'region', 'signed up', 'status', 'owner', 'lead on', 'transferred', 'flows back', 'check again'];
const widths = [9, 10, 11, 22, 25, 11, 12, 11, 12];
const row = (cells: readonly string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('')}`;

console.log(`Cloud lead routing as of ${asOf}`);
console.log(row(cols).trimEnd());
routes.forEach((r, i) => {
  const { customer, lead } = signUps[i]!;
  const owner = r.owner === 'service-center' ? `center ${r.centerId}` : r.owner;
  console.log(
    row([customer, lead.region, lead.signedUpOn, r.status, owner, r.transferableOn, r.transferredOn ?? '-', r.flowBackOn ?? '-', r.nextCheckOn ?? '-']) + `[${r.rules.join(', ')}]`,
  );
});

// Work lists: who has which leads today.
const byOwner = new Map<string, string[]>();
routes.forEach((r, i) => {
  const owner = r.owner === 'service-center' ? `center ${r.centerId}` : r.owner;
  byOwner.set(owner, [...(byOwner.get(owner) ?? []), signUps[i]!.customer]);
});
console.log('\nWork lists');
for (const [owner, customers] of [...byOwner].sort(([a], [b]) => (a < b ? -1 : 1))) {
  console.log(`  ${owner.padEnd(26)}${customers.join(', ')}`);
}

const due = routes
  .map((r, i) => ({ on: r.nextCheckOn, customer: signUps[i]!.customer, status: r.status }))
  .filter((d): d is { on: string; customer: string; status: (typeof routes)[number]['status'] } => d.on !== null)
  .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
console.log('\nNext checks (the answer changes on that day without new data)');
for (const d of due) console.log(`  ${d.on}  ${d.customer}  (${d.status})`);
