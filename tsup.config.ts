import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// One entry per subpath of package.json "exports": the exports map is the single list of modules.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entry: Record<string, string> = {};
for (const key of Object.keys(pkg.exports)) {
  if (key === '.') entry.index = 'src/index.ts';
  else if (key !== './package.json') entry[`${key.slice(2)}/index`] = `src/${key.slice(2)}/index.ts`;
}

const modules: Options = {
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  // Shared chunks in both formats, so every subpath uses one copy of the core.
  splitting: true,
  clean: false, // the build script empties dist/ once, before both builds run
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
};

// The single-file global build for spreadsheets (Google Apps Script, Excel custom
// functions): defines `ChannelPolicy`, needs no module system, bundles its dependencies.
const globalEntry = 'src/sheets/global.ts';
const global: Options = {
  entry: { 'channel-policy': globalEntry },
  format: ['iife'],
  globalName: 'ChannelPolicy',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  noExternal: [/.*/],
  dts: false,
  clean: false,
};

export default defineConfig(existsSync(globalEntry) ? [modules, global] : [modules]);
