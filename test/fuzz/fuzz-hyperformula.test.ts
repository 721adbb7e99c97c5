/**
 * The fuzz suite for `channel-policy/hyperformula` (see fuzz.test.ts): the
 * plugin, driven through a real engine with any cell content, shows a value or
 * an error in the cell and never throws anything else.
 */
import { describeFuzz } from './suite.js';
import { allEntries } from './table.js';
import { HYPERFORMULA_FUZZ_TABLE } from './table-hyperformula.js';

describeFuzz(allEntries([HYPERFORMULA_FUZZ_TABLE]));
