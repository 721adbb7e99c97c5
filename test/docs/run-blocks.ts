// Runs the block modules written by test/docs/check-docs.mjs in one process,
// one chain of blocks after another, then the examples whose output a doc shows.
// Usage (from check-docs.mjs): node --import tsx test/docs/run-blocks.ts <manifest.json>
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { __block, __error, __results } from './prelude.js';

interface Manifest {
  /** The working directory of the blocks (the fixtures they read, such as holidays/2026.json). */
  readonly cwd: string;
  readonly chains: readonly { readonly file: string; readonly where: string }[];
  readonly outputs: readonly { readonly file: string; readonly where: string; readonly script: string; readonly want: string }[];
}

const manifest = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Manifest;
process.chdir(manifest.cwd);
process.on('unhandledRejection', (e) => __error(e));

for (const chain of manifest.chains) {
  __block(chain.where);
  try {
    await import(pathToFileURL(chain.file).href);
  } catch (e) {
    __error(e);
  }
}

let outputs = 0;
const outputFailures: string[] = [];
for (const o of manifest.outputs) {
  outputs++;
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void lines.push(format(...args));
  let problem = '';
  try {
    await import(pathToFileURL(o.file).href);
  } catch (e) {
    problem = `threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  } finally {
    console.log = log;
  }
  const got = lines.join('\n').replace(/\s+$/, '');
  if (problem === '' && got !== o.want) problem = `output of ${o.script} differs\n--- got\n${got}\n--- doc\n${o.want}`;
  if (problem !== '') {
    outputFailures.push(o.where);
    console.log(`FAIL ${o.where}: ${problem}`);
  }
}

const { checks, failures } = __results();
console.log(`RESULT ${JSON.stringify({ checks, failures: failures.length + outputFailures.length, outputs })}`);
