/**
 * Prototype pollution and global state: what the built-in prototypes and the
 * global object hold, so a run can prove it added nothing.
 */
const WATCHED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['globalThis', globalThis],
];

function keysOf(o: object): string {
  return Reflect.ownKeys(o)
    .map((k) => String(k))
    .sort()
    .join('\n');
}

/** The own keys of every watched object now. */
export function globalState(): Record<string, string> {
  return Object.fromEntries(WATCHED.map(([name, o]) => [name, keysOf(o)]));
}

/** A message naming every polluted object, or null when nothing changed since `before`. */
export function pollutionSince(before: Record<string, string>): string | null {
  const problems: string[] = [];
  for (const [name, o] of WATCHED) {
    if (keysOf(o) !== before[name]) problems.push(`${name} gained or lost keys`);
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) problems.push('({}).polluted is set');
  return problems.length === 0 ? null : problems.join('; ');
}
