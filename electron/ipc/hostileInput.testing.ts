import { z } from 'zod';

/** Prototype tricks as they arrive from JSON (an own `__proto__` key) or as plain objects. */
const protoKey = JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown;
const constructorKey = { constructor: { prototype: { polluted: 'yes' } } };

/** Strings that must be refused or kept as plain text: never run as SQL, HTML or a path. */
export const hostileStrings: Array<[string, string]> = [
  ['a huge string', 'あ'.repeat(300_000)],
  ['a NUL byte', 'みどり\u0000町'],
  ['control characters', '\u0007\u001b[31m赤\u001b[0m\u0008'],
  ['right-to-left override', '\u202e反転\u202c'],
  ['a lone surrogate', 'ab\ud800cd'],
  ['an SQL fragment', "'); DROP TABLE staff; --"],
  ['an SQL tautology', "x' OR '1'='1"],
  ['a script tag', '<script>alert(1)</script>'],
  ['an HTML event handler', '<img src=x onerror="alert(1)">'],
  ['a path', '../../../../etc/passwd'],
  ['a template', '${process.exit(1)}{{7*7}}'],
  ['__proto__ as text', '__proto__'],
];

/** Values of the wrong kind for any field. */
export const hostileValues: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['zero', 0],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['not a number', Number.NaN],
  ['infinity', Number.POSITIVE_INFINITY],
  ['beyond the safe integers', Number.MAX_SAFE_INTEGER + 2],
  ['a boolean', true],
  ['an empty array', []],
  ['an array of objects', [{}, { __proto__: null }]],
  ['an own __proto__ key', protoKey],
  ['a constructor.prototype key', constructorKey],
  ...hostileStrings,
];

/** Whole inputs of the wrong shape. */
export const hostileInputs: Array<[string, unknown]> = [
  ...hostileValues.filter(([, v]) => typeof v !== 'string'),
  ['a string', 'settings'],
  ['an extra key', { sql: 'DROP TABLE staff' }],
];

type Def = { type?: string; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };

/** The top-level keys an input schema takes (through defaults, pipes and unions). */
export function inputKeys(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  const def = (schema as unknown as { def: Def }).def;
  if (def.innerType) return inputKeys(def.innerType);
  if (def.type === 'pipe' && def.in) return inputKeys(def.in);
  if (def.type === 'union' && def.options) return [...new Set(def.options.flatMap(inputKeys))];
  return [];
}

/** Every copy of `value` with one string leaf (at any depth) replaced by `replacement`. */
export function withEachStringReplaced(value: unknown, replacement: unknown): unknown[] {
  if (typeof value === 'string') return [replacement];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      withEachStringReplaced(item, replacement).map((changed) =>
        value.map((original: unknown, j) => (j === i ? changed : original)),
      ),
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      withEachStringReplaced(item, replacement).map((changed) => ({ ...value, [key]: changed })),
    );
  }
  return [];
}
