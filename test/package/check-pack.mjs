// The package gate, run by `npm test` after the build: checks what users get
// from the registry, from the packed tarball, not the source tree.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const fail = (msg) => failures.push(msg);

// No install scripts, and exactly the three runtime dependencies.
for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
  if (pkg.scripts?.[hook]) fail(`package.json has an install script "${hook}"`);
}
const deps = Object.keys(pkg.dependencies ?? {}).sort().join(', ');
if (deps !== 'date-fns, decimal.js, zod') fail(`runtime dependencies are [${deps}], expected [date-fns, decimal.js, zod]`);

// exports, typesVersions and the src folders agree.
const subpaths = Object.keys(pkg.exports).filter((k) => k !== '.' && k !== './package.json').map((k) => k.slice(2));
const typed = Object.keys(pkg.typesVersions?.['*'] ?? {});
if (subpaths.join() !== typed.join()) fail(`typesVersions [${typed}] does not match exports [${subpaths}]`);

// The tarball holds only dist/, README, LICENSE, CHANGELOG and package.json.
const dir = mkdtempSync(join(tmpdir(), 'channel-policy-pack-'));
try {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const allowed = /^(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
  for (const f of packed.files) if (!allowed.test(f.path)) fail(`the tarball holds ${f.path}`);
  for (const f of ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.cjs']) {
    if (!packed.files.some((x) => x.path === f)) fail(`the tarball lacks ${f}`);
  }

  // A consumer with nothing else installed can require and import every subpath.
  const consumer = join(dir, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(dir, packed.filename)], {
    cwd: consumer,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Subpaths that need an optional peer are checked after the peers are installed, as a downstream app would.
  const needsPeer = { testing: 'fast-check', hyperformula: 'hyperformula' };
  const plain = ['channel-policy', ...subpaths.filter((s) => !(s in needsPeer)).map((s) => `channel-policy/${s}`)];
  const withPeers = subpaths.filter((s) => s in needsPeer).map((s) => `channel-policy/${s}`);
  const check = (names, label) => {
    const cjs = names.map((n) => `{ const m = require(${JSON.stringify(n)}); if (Object.keys(m).length === 0) throw new Error('${n}: no exports'); }`).join('\n');
    const esm = names.map((n, i) => `import * as m${i} from ${JSON.stringify(n)}; if (Object.keys(m${i}).length === 0) throw new Error('${n}: no exports');`).join('\n');
    writeFileSync(join(consumer, 'check.cjs'), cjs);
    writeFileSync(join(consumer, 'check.mjs'), esm);
    for (const f of ['check.cjs', 'check.mjs']) {
      try {
        execFileSync('node', [f], { cwd: consumer, stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (e) {
        fail(`${f} (${label}) failed in a clean consumer: ${String(e.stderr ?? e).split('\n').slice(0, 6).join(' | ')}`);
      }
    }
  };
  check(plain, 'no peers installed');
  if (withPeers.length > 0) {
    const peers = Object.keys(pkg.peerDependencies ?? {}).map((n) => {
      const v = JSON.parse(readFileSync(join(root, 'node_modules', n, 'package.json'), 'utf8')).version;
      return `${n}@${v}`;
    });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...peers], {
      cwd: consumer,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    check(withPeers, 'with the optional peers');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`package gate: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`package gate: tarball contents, install scripts, dependencies and ${subpaths.length + 1} entry points (require and import) all good`);
