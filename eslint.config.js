// @ts-check
import tseslint from 'typescript-eslint';

const modules = ['tiers', 'periods', 'commission', 'deposit', 'conflict', 'leads', 'bids', 'sheets', 'hyperformula', 'testing'];
// Adapters wrap the public entry of each module; they may import a module's index, never its internals.
const adapters = new Set(['sheets', 'hyperformula', 'testing']);

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'docs/api/', 'reports/', '.stryker-tmp/', 'node_modules/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // CONV-4: no clock reads and no randomness in the library.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock reads (CONV-4): take asOf as an argument.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'No clock reads (CONV-4).' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Results must reproduce (CONV-4).' },
      ],
    },
  },
  // The module graph points one way: a module uses core and policy, never another module's internals.
  ...modules.map((m) => ({
    files: [`src/${m}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: modules
            .filter((other) => other !== m)
            .map((other) => ({
              group: [`../${other}/*`, `../../${other}/*`, ...(adapters.has(m) ? [`!../${other}/index.js`] : [])],
              message: `Modules must not import each other's internals (${m} → ${other}).`,
            })),
        },
      ],
    },
  })),
  {
    files: ['test/**/*.ts', 'examples/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
