/**
 * The zod schema for money inputs. Kept apart from `validate.ts` so that
 * modules which never compute money (tiers, periods) do not bundle decimal.js.
 * @module
 */
import * as z from 'zod/mini';
import { checkFigure, type FigureKind } from './money.js';

/** A money input of `kind`, checked but kept as given (parse it later with `parseFigure`). */
export function figure(kind: FigureKind, scale = 2) {
  return z.custom<string | number | { toString(): string }>().check(
    z.superRefine((value, ctx) => {
      const r = checkFigure(value, kind, scale);
      if (typeof r === 'string') ctx.issues.push({ code: 'custom', message: r, input: value });
    }),
  );
}
