import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The audit step of the package gate judges `npm audit --json` output. The
// registry here refuses the audit endpoint, so these saved outputs show that
// the step fails on a real finding and does not mistake a refusal for a pass.
const script = new URL('./audit.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'channel-policy-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function judge(report: unknown, env: Record<string, string> = {}) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(report));
  const r = spawnSync(process.execPath, [script, '--from', file], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, out: r.stdout + r.stderr };
}

const clean = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } };
const vulnerable = {
  auditReportVersion: 2,
  vulnerabilities: { 'date-fns': { name: 'date-fns', severity: 'high', range: '<1.0.0' } },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0, total: 1 } },
};
const refused = { message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 };

describe('the package gate’s npm audit step', () => {
  it('passes a report with no vulnerabilities', () => {
    const r = judge(clean);
    expect(r.status).toBe(0);
    expect(r.out).toContain('no known vulnerabilities');
  });

  it('fails a report with a vulnerability and names the package and severity', () => {
    const r = judge(vulnerable);
    expect(r.status).toBe(1);
    expect(r.out).toContain('1 known vulnerability');
    expect(r.out).toContain('date-fns (high)');
  });

  it('says NOT CHECKED when the endpoint refuses, and fails then only when the audit is required', () => {
    const lenient = judge(refused);
    expect(lenient.status).toBe(0);
    expect(lenient.out).toContain('NOT CHECKED');
    expect(lenient.out).toContain('405');
    const strict = judge(refused, { CHANNEL_POLICY_AUDIT: 'required' });
    expect(strict.status).toBe(1);
  });
});
