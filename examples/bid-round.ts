/**
 * A cloud provider's bid round for regional authorized service centers:
 * pre-qualification, three judges' scores, one ranking across regions and one
 * award per region.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/bid-round.ts
 */
import { cloudProgram } from 'channel-policy';
import { scoreBids, type Bid, type JudgeScores } from 'channel-policy/bids';

const qualified = { customerManagement: true, certifiedStaff: 5, localMarket: true, willingToCooperate: true };
const sheet = (judgeId: string, market: number, team: number, operations: number, plan: number): JudgeScores => ({
  judgeId,
  market,
  team,
  operations,
  plan,
});

const bids: Bid[] = [
  {
    bidderId: 'Tianfu Cloud Services',
    region: 'Sichuan',
    qualification: { ...qualified, certifiedStaff: 8, governmentResources: true },
    scores: [sheet('J1', 86, 78, 80, 88), sheet('J2', 82, 80, 75, 91), sheet('J3', 90, 74, 85, 86)],
  },
  {
    bidderId: 'Jinjiang Digital',
    region: 'Sichuan',
    qualification: qualified,
    scores: [sheet('J1', 88, 82, 70, 84), sheet('J2', 85, 79, 78, 86), sheet('J3', 91, 85, 72, 83)],
  },
  {
    bidderId: 'Rongcheng Networks',
    region: 'Sichuan',
    qualification: { ...qualified, certifiedStaff: 2 },
    scores: [],
  },
  {
    bidderId: 'Jianghan IT',
    region: 'Hubei',
    qualification: qualified,
    scores: [sheet('J1', 78, 85, 90, 80), sheet('J2', 80, 82, 88, 84), sheet('J3', 76, 88, 86, 79)],
  },
  {
    bidderId: 'Wuchang Systems',
    region: 'Hubei',
    qualification: { ...qualified, localMarket: false, willingToCooperate: false },
    scores: [],
  },
  {
    bidderId: 'Qinling Cloud',
    region: 'Shaanxi',
    qualification: { ...qualified, governmentResources: true },
    scores: [sheet('J1', 80, 80, 80, 80), sheet('J2', 84, 76, 82, 82), sheet('J3', 82, 78, 81, 81)],
  },
  {
    bidderId: 'Chang’an Tech',
    region: 'Shaanxi',
    qualification: { ...qualified, governmentResources: true },
    scores: [sheet('J1', 82, 78, 81, 81), sheet('J2', 80, 80, 80, 80), sheet('J3', 84, 76, 82, 82)],
  },
];

const round = scoreBids(cloudProgram, { bids });
const w = cloudProgram.bids!.weights;

console.log('Service-center bid round (cloud program), judges J1–J3, mean of scores');
console.log(`weights: market ${w.market}, team ${w.team}, operations ${w.operations}, plan ${w.plan}\n`);
const head = ['rank', 'bidder', 'region', 'market', 'team', 'oper.', 'plan', 'composite'];
console.log(`  ${head[0]!.padEnd(6)}${head[1]!.padEnd(24)}${head[2]!.padEnd(9)}${head.slice(3).map((h) => h.padStart(10)).join('')}`);
for (const r of round.ranked) {
  const c = r.categories;
  console.log(
    `  ${String(r.rank).padEnd(6)}${r.bidderId.padEnd(24)}${r.region.padEnd(9)}` +
      [c.market, c.team, c.operations, c.plan, r.composite].map((x) => x.padStart(10)).join('') +
      `   [${r.rules.join(', ')}]`,
  );
}

console.log('\nNot ranked: failed pre-qualification');
for (const i of round.ineligible) {
  console.log(`  ${i.bidderId.padEnd(24)}${i.region.padEnd(9)}failed: ${i.failed.join(', ')}   [${i.rules.join(', ')}]`);
}

console.log('\nAwards: one service center per region');
for (const a of round.awards) {
  const outcome = a.bidderId ?? `undecided between ${a.undecided.join(' and ')} (a shared first place goes to the committee)`;
  console.log(`  ${a.region.padEnd(9)}${outcome}   [${a.rules.join(', ')}]`);
}

// BID-4's last tie-break: with equal scores, government or regulator resources take priority.
const changan = bids.find((b) => b.bidderId === 'Chang’an Tech')!;
const rerun = scoreBids(cloudProgram, {
  bids: bids.map((b) => (b === changan ? { ...b, qualification: { ...b.qualification, governmentResources: false } } : b)),
});
console.log('\nIf Chang’an Tech had no government resources:');
for (const r of rerun.ranked.filter((x) => x.region === 'Shaanxi')) {
  console.log(`  rank ${r.rank}  ${r.bidderId.padEnd(16)}composite ${r.composite}  government resources: ${r.governmentResources ? 'yes' : 'no'}`);
}
console.log(`  Shaanxi award: ${rerun.awards.find((a) => a.region === 'Shaanxi')!.bidderId}`);
