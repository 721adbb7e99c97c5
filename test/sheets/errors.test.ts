import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/core/errors.js';
import { runSheet } from '../../src/sheets/errors.js';

describe('spreadsheet error messages', () => {
  it('prefix the function and name the argument, keeping code and path', () => {
    const e = (() => {
      try {
        runSheet('CP_X', () => {
          throw new PolicyError('INVALID_INPUT', [{ path: ['metric'], message: "must be a whole number ≥ 0, got 'lots'" }]);
        });
      } catch (err) {
        return err as PolicyError;
      }
      throw new Error('nothing thrown');
    })();
    expect(e).toBeInstanceOf(PolicyError);
    expect(e.message).toBe("CP_X: metric must be a whole number ≥ 0, got 'lots'");
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([{ path: ['metric'], message: "must be a whole number ≥ 0, got 'lots'" }]);
  });

  function messageOf(path: (string | number)[], map?: (p: readonly (string | number)[]) => readonly (string | number)[]): string {
    try {
      runSheet('CP_X', () => {
        throw new PolicyError('INVALID_INPUT', [{ path, message: 'is bad' }]);
      }, map);
    } catch (e) {
      return (e as PolicyError).message;
    }
    return '';
  }

  it('name range cells by row and column counted from 1', () => {
    expect(messageOf(['holidays', 2, 0])).toBe('CP_X: holidays (row 3, column 1) is bad');
    expect(messageOf(['rows', 1, 'amount'])).toBe('CP_X: rows (row 2) amount is bad');
    expect(messageOf([])).toBe('CP_X: is bad');
  });

  it('map a module path to the argument the user typed', () => {
    expect(messageOf(['receipts', 0, 'amount'], () => ['amount'])).toBe('CP_X: amount is bad');
    expect(messageOf(['policy', 'tiers'])).toBe('CP_X: program tiers is bad');
  });

  it('say a missing section plainly', () => {
    try {
      runSheet('CP_X', () => {
        throw new PolicyError('NOT_CONFIGURED', [{ path: ['policy', 'deposit'], message: 'the cloud program configures no deposit (DEP-6)' }]);
      });
    } catch (e) {
      expect((e as PolicyError).message).toBe('CP_X: the cloud program configures no deposit (DEP-6)');
      expect((e as PolicyError).code).toBe('NOT_CONFIGURED');
    }
    expect.assertions(2);
  });

  it('turn a getter that throws into a PolicyError, never a TypeError', () => {
    const cell = {
      get value(): number {
        throw new TypeError('boom');
      },
    };
    try {
      runSheet('CP_X', () => cell.value);
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).message).toBe('CP_X: could not be computed: boom');
    }
    expect.assertions(2);
  });

  it('do not wrap an error twice', () => {
    try {
      runSheet('CP_OUTER', () => runSheet('CP_INNER', () => {
        throw new PolicyError('INVALID_INPUT', [{ path: ['a'], message: 'is bad' }]);
      }));
    } catch (e) {
      expect((e as PolicyError).message).toBe('CP_INNER: a is bad');
    }
    expect.assertions(1);
  });
});
