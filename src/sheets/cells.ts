/**
 * What a spreadsheet hands a custom function, and how a value is named in a
 * message a finance user reads.
 * @module
 */

/** One cell's value as a spreadsheet passes it: a number, text, a boolean, or empty. */
export type Cell = string | number | boolean | null | undefined;

/** A range as a spreadsheet passes it: rows of cells. A one-cell range may also arrive as a bare cell. */
export type CellRange = readonly (readonly Cell[])[];

/** True for an empty cell: nothing, `null`, or text with only spaces. */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** How a received value is shown in a message: `'lots'`, `12.5`, `TRUE`, `an empty cell`. */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'an empty cell';
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `'${text}'`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return 'a range';
  if (isDateObject(value)) return 'a JavaScript Date';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A `Date` from any realm (Apps Script and `node:vm` contexts have their own `Date`). */
export function isDateObject(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}
