// The bid arbitraries live in the public testing kit; the tests use them from there.
export {
  BID_REGIONS as REGIONS,
  judgeScoreArb as scoreArb,
  qualificationArb,
  judgeSheetsArb as sheetsArb,
  bidsArb,
  type BidArbOptions,
} from '../../src/testing/index.js';
