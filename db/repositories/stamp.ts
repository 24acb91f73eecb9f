/** Who wrote a row and when (ISO UTC, staff id): the created/updated columns every table has. */
export type Stamp = { at: string; by: number };

export function stampFor(at: Date, by: number): Stamp {
  return { at: at.toISOString(), by };
}

/** The four stamp columns of a new row. */
export function createdColumns(stamp: Stamp) {
  return { createdAt: stamp.at, updatedAt: stamp.at, createdBy: stamp.by, updatedBy: stamp.by };
}

/** The two stamp columns a change sets. */
export function updatedColumns(stamp: Stamp) {
  return { updatedAt: stamp.at, updatedBy: stamp.by };
}

/** The stamp columns, for `Omit<…>` in repository value types. */
export type StampColumn = 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy';
