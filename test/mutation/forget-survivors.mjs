#!/usr/bin/env node
/**
 * Makes the next `--incremental` run try every surviving mutant again.
 *
 *   node test/mutation/forget-survivors.mjs reports/stryker-incremental-<name>.json [...]
 *
 * Stryker's incremental mode keeps a survivor's result while the tests it
 * recorded as covering the mutant are unchanged. That record can be wrong
 * through no change of test: code that runs while a module loads was credited
 * to the one test that loaded it (see test/load.test.ts), and a test file that
 * could not load in the sandbox reported no tests at all. Dropping the
 * survivors (and the mutants no test covered) from the incremental file keeps
 * every kill, whose killing test Stryker still checks, and has the next run
 * test the rest against the tests as they are now.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node test/mutation/forget-survivors.mjs reports/stryker-incremental-<name>.json [...]');
  process.exit(2);
}
for (const file of files) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let dropped = 0;
  for (const f of Object.values(report.files)) {
    const before = f.mutants.length;
    f.mutants = f.mutants.filter((m) => m.status !== 'Survived' && m.status !== 'NoCoverage');
    dropped += before - f.mutants.length;
  }
  writeFileSync(file, JSON.stringify(report));
  console.log(`${file}: ${dropped} surviving or uncovered mutants will be tested again`);
}
