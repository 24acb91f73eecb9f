import { eq } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { setting } from '../schema';

/** The raw JSON text stored under `key`, or undefined. Services parse and default it. */
export function readSetting(db: ReadDb, key: string): string | undefined {
  return db.select({ value: setting.value }).from(setting).where(eq(setting.key, key)).get()?.value;
}

export function readAllSettings(db: ReadDb): Map<string, string> {
  return new Map(
    db
      .select({ key: setting.key, value: setting.value })
      .from(setting)
      .all()
      .map((r) => [r.key, r.value]),
  );
}

export function writeSetting(
  tx: WriteTx,
  key: string,
  value: string,
  at: string,
  by: number | null,
): void {
  tx.insert(setting)
    .values({ key, value, createdAt: at, updatedAt: at, createdBy: by, updatedBy: by })
    .onConflictDoUpdate({ target: setting.key, set: { value, updatedAt: at, updatedBy: by } })
    .run();
}
