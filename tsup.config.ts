import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per subpath of package.json "exports": the exports map is the single list of modules.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
};
const entry: Record<string, string> = {};
for (const key of Object.keys(pkg.exports)) {
  if (key === '.') entry.index = 'src/index.ts';
  else if (key !== './package.json') entry[`${key.slice(2)}/index`] = `src/${key.slice(2)}/index.ts`;
}

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  // Shared chunks in both formats, so every subpath uses one copy of the core.
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
