/**
 * The fuzz suite (CONV-4, CONV-5): every public function, fed valid input with
 * one hostile change or pure junk, either returns a well-formed result (no NaN,
 * no Infinity, no undefined, money at the currency scale, totals that add up)
 * or throws a PolicyError with a known code and a path for every issue. It
 * never throws anything else, never changes its input, and never pollutes a
 * prototype.
 */
import { describeFuzz } from './suite.js';
import { allEntries } from './table.js';

// The HyperFormula plugin's rows run in fuzz-hyperformula.test.ts.
describeFuzz(allEntries());
