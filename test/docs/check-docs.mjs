// Checks the code in the documentation: README.md and docs/**/*.md.
//
// Every ```ts block runs, and each result it shows is compared with the real one:
//   expr; //=> value                      (on the same line or the next; a value may span comment lines)
//   const x = expr; //=> value
//   expr; //=> throws CODE: message       (a PolicyError's code and message)
//   expr; // throws PolicyError CODE: "message"
// A value may end with a note in parentheses or after " — "; `…` as an object's last key or an
// array's last item allows more; `Name { … }` expects an instance of the class Name.
// All blocks are also type-checked, in one TypeScript program.
//
// An HTML comment on the line before a block changes how it is checked:
//   <!-- docs-check: continue -->          the block goes on from the previous blocks of the file
//   <!-- docs-check: standalone -->        the block stands alone and does not break a chain
//   <!-- docs-check: skip <reason> -->     the block is not run
//   <!-- docs-check: output <script> -->   a ```text block: the output of examples/<script>
//   <!-- docs-check: same <file> -->       a ```ts block: the same code as a file of the repository
// Blocks in other languages (sh, js for Apps Script, json, text, …) are skipped and counted.
//
// Usage: node test/docs/check-docs.mjs [--verbose] [--keep] [file.md …]   (default: README.md and docs/**/*.md)
// --verbose lists the skipped blocks; --keep keeps the generated modules (node_modules/.cache/channel-policy-docs-check/).
// Exits 1 when any check fails.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const started = performance.now();
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));
const ts = require('typescript');
// Under node_modules, so that the blocks' own imports (fast-check, hyperformula) resolve; one folder per run.
const OUT = path.join(ROOT, 'node_modules/.cache/channel-policy-docs-check', String(process.pid));
const rel = (p) => path.relative(ROOT, p).split(path.sep).join('/');

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
if (files.length === 0) {
  files.push(path.join(ROOT, 'README.md'));
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory() && rel(p) !== 'docs/api') walk(p); // docs/api: the generated API site
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(p);
    }
  };
  walk(path.join(ROOT, 'docs'));
}

const problems = []; // failures found here (the runner prints its own)
const problem = (where, message) => {
  problems.push(where);
  console.log(`FAIL ${where}: ${message}`);
};

// ---------------------------------------------------------------- blocks

const MARKS = new Set(['continue', 'standalone', 'skip', 'output', 'same']);

/** The fenced blocks of a markdown file, each with the marker just before it. */
function readBlocks(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const label = rel(file);
  const out = [];
  let mark = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^\s*<!--\s*docs-check:\s*(\S+)\s*(.*?)\s*-->\s*$/.exec(line);
    if (m) {
      if (!MARKS.has(m[1])) problem(`${label}:${i + 1}`, `unknown docs-check marker "${m[1]}"`);
      mark = { kind: m[1], arg: m[2], line: i + 1 };
      continue;
    }
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (!open) {
      if (line.trim() !== '' && mark) {
        problem(`${label}:${mark.line}`, 'a docs-check marker must come just before a code block');
        mark = null;
      }
      continue;
    }
    const fence = open[2];
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[j])) body.push(lines[j++]);
    const indent = open[1].length;
    out.push({
      file: label,
      lang: open[3].toLowerCase(),
      start: i + 2, // the first line of code, counted from 1
      lines: body.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))),
      mark,
    });
    mark = null;
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------- results shown in comments

const parses = (src) => ts.createSourceFile('v.ts', `(\n${src}\n);`, ts.ScriptTarget.ES2022, false).parseDiagnostics.length === 0;

/** A comment line's text without a trailing `// comment` outside strings. */
function dropComment(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (t === ts.SyntaxKind.SingleLineCommentTrivia) return text.slice(0, scanner.getTokenStart());
  }
  return text;
}

/** `…` before `}` becomes a `"…": true` key, before `]` a last `"…"` item; `Name { … }` an instance check. */
function expandEllipsis(text) {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const tokens = [];
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    tokens.push({ kind: t, start: scanner.getTokenStart(), end: scanner.getTokenEnd(), text: scanner.getTokenText() });
  }
  let out = text;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tok = tokens[k];
    if (tok.text !== '…') continue;
    const next = tokens[k + 1]?.kind;
    const by = next === ts.SyntaxKind.CloseBraceToken ? '"…": true' : next === ts.SyntaxKind.CloseBracketToken ? '"…"' : null;
    if (by) out = out.slice(0, tok.start) + by + out.slice(tok.end);
  }
  const instance = /^([A-Z][A-Za-z0-9_$]*)\s+(\{[\s\S]*\})$/.exec(out.trim());
  return instance ? `__instance(${JSON.stringify(instance[1])}, ${instance[2]})` : out;
}

/** The expression for a shown value, or null when the text is not one. */
function valueOf(lines) {
  let text = lines.map((l) => dropComment(l.split(' — ')[0])).join(' ').trim();
  text = expandEllipsis(text);
  const note = /\s+\([^()]*\)\s*$/.exec(text); // `'gold' (thresholds are inclusive)`
  if (note && parses(text.slice(0, note.index))) return text.slice(0, note.index);
  return parses(text) ? text : null;
}

/** `throws …` as { name?, code?, message }, or null. */
function thrownOf(text) {
  let m = /^throws ([A-Z][A-Z0-9_]+): (.*)$/.exec(text); // //=> throws CODE: message
  if (m) return { code: m[1], message: m[2].trim() };
  m = /^throws (\w+)(?: ([A-Z][A-Z0-9_]+))?: (".*"|'.*')\s*$/.exec(text); // // throws PolicyError CODE: "message"
  if (m) {
    const message = m[3].startsWith('"') ? JSON.parse(m[3]) : m[3].slice(1, -1);
    return m[2] ? { name: m[1], code: m[2], message } : { name: m[1], message };
  }
  return null;
}

const SPECIFIER = /^channel-policy(?:\/(\w+))?$/;

/**
 * Rewrites one block into checks, line for line (so errors map back to the doc):
 * each `stmt; //=> value` becomes a call of the prelude, `channel-policy` imports
 * point at src/, and names a previous block of the chain imported are not imported again.
 */
function transform(block, imported, toRoot) {
  const code = block.lines.join('\n');
  const sf = ts.createSourceFile('b.ts', code, ts.ScriptTarget.ES2022, true);
  const text = block.lines;
  const at = (line) => `${block.file}:${block.start + line}`;
  const edits = [];
  const used = new Set(); // comment lines read as results
  let checks = 0;

  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const spec = st.moduleSpecifier.text;
    const m = SPECIFIER.exec(spec);
    const target = m ? `${toRoot}/src/${m[1] ? `${m[1]}/` : ''}index.js` : spec;
    const clause = st.importClause;
    const parts = [];
    let dropped = false;
    const keep = (key, partText) => {
      if (imported.has(`${spec} ${key}`)) dropped = true;
      else {
        imported.add(`${spec} ${key}`);
        parts.push(partText);
      }
    };
    if (clause?.name) keep(`default ${clause.name.text}`, clause.name.text);
    const named = clause?.namedBindings;
    const names = [];
    if (named && ts.isNamespaceImport(named)) keep(`* ${named.name.text}`, `* as ${named.name.text}`);
    else if (named) {
      for (const el of named.elements) {
        if (imported.has(`${spec} {${el.name.text}}`)) dropped = true;
        else {
          imported.add(`${spec} {${el.name.text}}`);
          names.push(el.getText(sf));
        }
      }
      if (names.length > 0) parts.push(`{ ${names.join(', ')} }`);
    }
    const typeOnly = clause?.isTypeOnly ? 'type ' : '';
    const original = code.slice(st.getStart(sf), st.getEnd());
    const newlines = '\n'.repeat(original.split('\n').length - 1);
    let replacement;
    if (!clause) replacement = `import '${target}';`;
    else if (dropped) replacement = parts.length > 0 ? `import ${typeOnly}${parts.join(', ')} from '${target}';` : '';
    else replacement = original.replace(/(['"])[^'"]*\1;?\s*$/, `'${target}';`);
    edits.push({ start: st.getStart(sf), end: st.getEnd(), text: replacement + (dropped ? newlines : '') });
  }

  const visit = (node) => {
    const decl = ts.isVariableStatement(node) && node.declarationList.declarations.length === 1 ? node.declarationList.declarations[0] : null;
    if (!ts.isExpressionStatement(node) && !decl?.initializer) {
      ts.forEachChild(node, visit);
      return;
    }
    const end = node.getEnd();
    const { line } = sf.getLineAndCharacterOfPosition(end);
    const rest = text[line].slice(end - sf.getLineStarts()[line]);
    const RESULT = /^\s*\/\/(=>| throws )\s?(.*)$/;
    let valueLine = line;
    let m = RESULT.exec(rest);
    if (!m && rest.trim() === '' && line + 1 < text.length) m = RESULT.exec(text[(valueLine = line + 1)]);
    if (!m) {
      if (ts.isExpressionStatement(node)) ts.forEachChild(node, visit); // e.g. a callback with checks inside
      return;
    }
    const where = JSON.stringify(at(line));
    const first = m[1] === '=>' ? m[2].trim() : `throws ${m[2].trim()}`;
    used.add(valueLine);
    const target = decl ? decl.initializer : node.expression;
    const expr = code.slice(target.getStart(sf), target.getEnd());
    if (first.startsWith('throws ')) {
      const thrown = thrownOf(first);
      if (!thrown) return problem(at(valueLine), `cannot read the error shown: ${first}`);
      if (decl) return problem(at(valueLine), 'a declaration cannot show a thrown error');
      checks++;
      edits.push({ start: node.getStart(sf), end, text: `__throws(() => (${expr}), ${JSON.stringify(thrown)}, ${where});` });
      return;
    }
    if (m[1] !== '=>') return;
    const valueLines = [first];
    let value = valueOf(valueLines);
    for (let k = valueLine + 1; value === null && k < text.length && /^\s*\/\/\s/.test(text[k]) && !/^\s*\/\/=>/.test(text[k]); k++) {
      valueLines.push(text[k].replace(/^\s*\/\//, ''));
      used.add(k);
      value = valueOf(valueLines);
    }
    if (value === null) return problem(at(valueLine), `cannot read the result shown: ${valueLines.join(' ').trim().slice(0, 100)}`);
    checks++;
    if (decl) edits.push({ start: target.getStart(sf), end: target.getEnd(), text: `__pass(() => (${expr}), (${value}), ${where})` });
    else edits.push({ start: node.getStart(sf), end, text: `__check(() => (${expr}), (${value}), ${where});` });
  };
  ts.forEachChild(sf, visit);

  text.forEach((l, i) => {
    if (/\/\/=>/.test(l) && !used.has(i)) problem(at(i), 'a `//=>` result that follows no statement, so nothing checks it');
  });
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { out, checks };
}

// ---------------------------------------------------------------- collect

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'package.json'), '{ "type": "module" }\n'); // blocks run as ES modules, as in a reader's app
const toRoot = path.relative(OUT, ROOT).split(path.sep).join('/');
const chains = []; // { file, where, blocks: [{ where, firstLine }] }
const outputs = [];
const skipped = new Map(); // reason → [where]
const skip = (reason, where) => skipped.set(reason, [...(skipped.get(reason) ?? []), where]);
let blockCount = 0;
let checkCount = 0;
let sameCount = 0;

for (const file of files) {
  let chain = null; // the chain a `continue` block joins
  for (const b of readBlocks(file)) {
    const where = `${b.file}:${b.start}`;
    const kind = b.mark?.kind;
    if (kind === 'skip') {
      skip(`marked skip${b.mark.arg ? ` (${b.mark.arg})` : ''}`, where);
      continue;
    }
    if (kind === 'output') {
      if (b.lang !== 'text') problem(where, 'an output marker must precede a ```text block');
      const source = readFileSync(path.join(ROOT, b.mark.arg), 'utf8').replace(
        /from '(channel-policy(?:\/\w+)?)'/g,
        (_, s) => `from '${toRoot}/src/${SPECIFIER.exec(s)[1] ? `${SPECIFIER.exec(s)[1]}/` : ''}index.js'`,
      );
      const name = path.join(OUT, `output-${outputs.length + 1}.ts`);
      writeFileSync(name, source);
      outputs.push({ file: name, where, script: b.mark.arg, want: b.lines.join('\n').replace(/\s+$/, '') });
      continue;
    }
    if (b.lang !== 'ts' && b.lang !== 'typescript') {
      skip(`language ${b.lang || '(none)'}`, where);
      continue;
    }
    blockCount++;
    if (kind === 'same') {
      sameCount++;
      const strip = (t) => t.replace(/^\/\*\*[\s\S]*?\*\/\n/, '').replace(/\s+$/, '');
      const mapped = b.lines
        .join('\n')
        .replace(/from 'channel-policy'/g, "from '../../src/index.js'")
        .replace(/from 'channel-policy\/(\w+)'/g, (_, m) => `from '../../src/${m}/index.js'`);
      const want = strip(readFileSync(path.join(ROOT, b.mark.arg), 'utf8'));
      if (strip(mapped) !== want) {
        const a = strip(mapped).split('\n');
        const w = want.split('\n');
        const k = a.findIndex((l, i) => l !== w[i]);
        problem(where, `differs from ${b.mark.arg} at block line ${k + 1}:\n  doc  ${a[k]}\n  file ${w[k]}`);
      }
      continue;
    }
    if (kind === 'continue' && chain === null) problem(where, 'a continue marker with no block before it');
    if (kind === 'continue' && chain !== null) chain.blocks.push(b);
    else {
      const fresh = { where, blocks: [b] };
      chains.push(fresh);
      if (kind !== 'standalone') chain = fresh;
    }
  }
}

// One module per chain: a header line, then per block a __block() line and the block's lines.
const PRELUDE = `import { __block, __check, __instance, __pass, __throws } from '${toRoot}/test/docs/prelude.js';`;
chains.forEach((chain, n) => {
  const imported = new Set();
  const parts = [PRELUDE];
  chain.lineMap = []; // [generated line (0-based) where a block starts, block]
  for (const b of chain.blocks) {
    const { out, checks } = transform(b, imported, toRoot);
    checkCount += checks;
    parts.push(`__block(${JSON.stringify(`${b.file}:${b.start}`)});`);
    chain.lineMap.push([parts.length, b]);
    parts.push(out);
  }
  parts.push('export {};\n');
  chain.file = path.join(OUT, `chain-${String(n + 1).padStart(3, '0')}.ts`);
  writeFileSync(chain.file, parts.join('\n'));
});

// ---------------------------------------------------------------- run and type-check, side by side

const manifest = path.join(OUT, 'manifest.json');
writeFileSync(
  manifest,
  JSON.stringify({
    cwd: path.join(HERE, 'fixtures'),
    chains: chains.map((c) => ({ file: c.file, where: c.where })),
    outputs,
  }),
);
const runner = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'run-blocks.ts'), manifest], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let runOut = '';
let runErr = '';
runner.stdout.on('data', (d) => (runOut += d));
runner.stderr.on('data', (d) => (runErr += d));
const runExit = new Promise((resolve) => runner.on('close', resolve));

// Type-check every block module in one program; report only what is in the docs.
const config = ts.getParsedCommandLineOfConfigFile(path.join(HERE, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram({
  rootNames: [...chains.map((c) => c.file), path.join(HERE, 'prelude.ts')],
  options: { ...config.options, noEmit: true },
});
let typeErrors = 0;
for (const chain of chains) {
  const sf = program.getSourceFile(chain.file);
  for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
    const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
    const entry = chain.lineMap.findLast(([first]) => first <= line);
    const where = entry ? `${entry[1].file}:${entry[1].start + line - entry[0]}` : chain.where;
    typeErrors++;
    problem(where, `type error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n  ')}`);
  }
}

const code = await runExit;
const lines = runOut.split('\n');
const resultLine = lines.findLast((l) => l.startsWith('RESULT '));
for (const l of lines) if (l !== resultLine && l !== '') console.log(l);
const result = resultLine ? JSON.parse(resultLine.slice(7)) : null;
if (!result || code !== 0) {
  problems.push('runner');
  console.log(`FAIL the block runner exited with ${code}${runErr ? `:\n${runErr}` : ''}`);
}
checkCount = result?.checks ?? checkCount;

if (verbose) for (const [reason, list] of skipped) console.log(`skipped (${reason}): ${list.join(', ')}`);
const failed = problems.length + (result?.failures ?? 0);
const skippedText = [...skipped].map(([reason, list]) => `${list.length} ${reason}`).join(', ');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `docs-check: ${failed === 0 ? 'ok' : `FAILED ${failed}`} — ${files.length} files, ${blockCount} ts blocks in ${chains.length} chains, ` +
    `${checkCount} results, ${outputs.length} outputs, ${sameCount} same-as-file, ${typeErrors} type errors; ` +
    `skipped ${skippedText || 'none'}; ${seconds} s`,
);
if (!args.includes('--keep')) rmSync(OUT, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
