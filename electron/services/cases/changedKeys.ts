/**
 * The names of the keys of `after` whose values differ from `before` (arrays compared by
 * content). Audit details record these names, never the values.
 */
export function changedKeys<T extends object>(before: T, after: Partial<T>): string[] {
  return (Object.keys(after) as Array<keyof T & string>).filter((key) => {
    const next = after[key];
    if (next === undefined) return false;
    const previous = before[key];
    return Array.isArray(next) || Array.isArray(previous)
      ? JSON.stringify(next) !== JSON.stringify(previous)
      : next !== previous;
  });
}
