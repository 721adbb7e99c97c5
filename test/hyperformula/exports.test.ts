/**
 * What `channel-policy/hyperformula` exports, loaded with a dynamic import.
 *
 * The module builds its tables (the plugin's implementedFunctions, the
 * translations) when it loads. This file imports nothing of it statically, so
 * a module that fails to load fails these tests instead of leaving a file
 * with no tests to run.
 */
import { describe, expect, it } from 'vitest';
import { FunctionArgumentType } from 'hyperformula';
import { SHEET_FUNCTIONS } from '../../src/sheets/index.js';

// The languages HyperFormula exports under hyperformula/i18n/languages/.
const LANGUAGES = ['csCZ', 'daDK', 'deDE', 'enGB', 'enUS', 'esES', 'fiFI', 'frFR', 'huHU', 'itIT', 'nbNO', 'nlNL', 'plPL', 'ptPT', 'ruRU', 'svSE', 'trTR'];
const NAMES = SHEET_FUNCTIONS.map((f) => f.name);

describe('channel-policy/hyperformula exports', () => {
  it('loads, exporting the plugin and its translations', async () => {
    const module = await import('../../src/hyperformula/index.js');
    expect(Object.keys(module).sort()).toEqual(['ChannelPolicyPlugin', 'ChannelPolicyTranslations']);
  });

  it('declares every spreadsheet function, run by one method, with one parameter per argument', async () => {
    const { ChannelPolicyPlugin } = await import('../../src/hyperformula/index.js');
    expect(Object.keys(ChannelPolicyPlugin.implementedFunctions)).toEqual(NAMES);
    for (const f of SHEET_FUNCTIONS) {
      const metadata = ChannelPolicyPlugin.implementedFunctions[f.name]!;
      expect(metadata.method, f.name).toBe('channelPolicy');
      expect(metadata.parameters, f.name).toHaveLength(f.parameters.length);
      f.parameters.forEach((p, i) => {
        const ranged = p.kind === 'dates' || p.kind === 'table';
        expect(metadata.parameters![i], `${f.name} ${p.name}`).toEqual({
          argumentType: ranged ? FunctionArgumentType.RANGE : FunctionArgumentType.NOERROR,
          ...(p.optional ? { optionalArg: true } : {}),
        });
      });
      // Date results are typed as dates, so the engine shows them as dates.
      expect(metadata.returnNumberType, f.name).toBe(f.result === 'date' ? 'NUMBER_DATE' : undefined);
    }
  });

  it('names each function after itself in every language HyperFormula ships, frozen', async () => {
    const { ChannelPolicyTranslations } = await import('../../src/hyperformula/index.js');
    expect(Object.keys(ChannelPolicyTranslations)).toEqual(LANGUAGES);
    expect(Object.isFrozen(ChannelPolicyTranslations)).toBe(true);
    for (const code of LANGUAGES) {
      expect(ChannelPolicyTranslations[code], code).toEqual(Object.fromEntries(NAMES.map((n) => [n, n])));
      expect(Object.isFrozen(ChannelPolicyTranslations[code]), code).toBe(true);
    }
  });
});
