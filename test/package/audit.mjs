// The package gate's audit step, run by `npm test`: `npm audit --omit=dev`
// over what users install with channel-policy (the runtime dependencies).
//
// - Known vulnerabilities: fails, listing each package and its severity.
// - The advisory endpoint cannot be reached or refuses the request (some
//   registry mirrors and closed networks answer 405 or nothing): says so
//   plainly and passes, because no advisory data came back to judge. Set
//   CHANNEL_POLICY_AUDIT=required to fail in that case too, where the
//   endpoint is known to be reachable.
//
//   node test/package/audit.mjs [--from saved-audit.json]
//
// --from judges a saved `npm audit --json` output instead of running npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const required = process.env.CHANNEL_POLICY_AUDIT === 'required';

const from = process.argv.indexOf('--from');
const run =
  from === -1
    ? spawnSync('npm', ['audit', '--omit=dev', '--json', '--audit=true'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
    : { stdout: readFileSync(process.argv[from + 1], 'utf8'), stderr: '', status: 0, error: undefined };

/** @returns {unknown} */
function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const report = parse(run.stdout ?? '');
const counts = report?.metadata?.vulnerabilities;

if (counts !== undefined && typeof counts === 'object') {
  const severities = ['info', 'low', 'moderate', 'high', 'critical'];
  const found = typeof counts.total === 'number' ? counts.total : severities.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (found === 0) {
    console.log('npm audit --omit=dev: no known vulnerabilities in the runtime dependencies.');
  } else {
    console.error(`npm audit --omit=dev: ${found} known vulnerabilit${found === 1 ? 'y' : 'ies'}:`);
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
      console.error(`  ${name} (${v.severity}) ${v.range ?? ''}`);
    }
    process.exitCode = 1;
  }
} else {
  const why =
    report?.statusCode !== undefined
      ? `the advisory endpoint answered ${report.statusCode}${report.message ? ` (${report.message})` : ''}`
      : run.error !== undefined
        ? `npm could not run (${run.error.message})`
        : `npm audit gave no report (exit ${run.status}): ${(report?.message ?? run.stderr ?? '').trim().split('\n')[0]}`;
  const text = `npm audit --omit=dev NOT CHECKED: ${why}.`;
  if (required) {
    console.error(`${text} CHANNEL_POLICY_AUDIT=required, so this fails.`);
    process.exitCode = 1;
  } else {
    console.warn(`${text} No advisory data came back, so nothing was judged; run it where the endpoint answers.`);
  }
}
