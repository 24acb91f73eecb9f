import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { codeList } from '../schema';
import { createdColumns, updatedColumns, type Stamp } from './stamp';

export type CodeListRow = typeof codeList.$inferSelect;

/** A list's labels: active ones in display order, then retired ones by label. */
export function codeListRows(db: ReadDb, list: string): CodeListRow[] {
  return db
    .select()
    .from(codeList)
    .where(eq(codeList.list, list))
    .orderBy(desc(codeList.active), asc(codeList.sortOrder), asc(codeList.label))
    .all();
}

/** Which of these labels the list holds (active or retired). */
export function labelsInCodeList(db: ReadDb, list: string, labels: readonly string[]): Set<string> {
  if (labels.length === 0) return new Set();
  return new Set(
    db
      .select({ label: codeList.label })
      .from(codeList)
      .where(and(eq(codeList.list, list), inArray(codeList.label, [...labels])))
      .all()
      .map((r) => r.label),
  );
}

export function insertCodeListEntry(
  tx: WriteTx,
  list: string,
  label: string,
  sortOrder: number,
  stamp: Stamp,
): void {
  tx.insert(codeList)
    .values({ list, label, sortOrder, active: true, ...createdColumns(stamp) })
    .run();
}

export function updateCodeListEntry(
  tx: WriteTx,
  list: string,
  label: string,
  change: { sortOrder: number; active: boolean },
  stamp: Stamp,
): void {
  tx.update(codeList)
    .set({ ...change, ...updatedColumns(stamp) })
    .where(and(eq(codeList.list, list), eq(codeList.label, label)))
    .run();
}
