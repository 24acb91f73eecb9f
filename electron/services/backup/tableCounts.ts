import type Database from 'better-sqlite3';

/** Rows per table, by table name. */
export type TableCounts = Record<string, number>;

/**
 * Counts the rows of every ordinary table (not SQLite's own, not the FTS index's shadow tables,
 * which are rebuilt from the others), in name order — what a verified copy must hold alike.
 */
export function tableCounts(sqlite: Database.Database): TableCounts {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'
       ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const shadows = new Set(
    sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'`,
      )
      .pluck()
      .all() as string[],
  );
  const counts: TableCounts = {};
  for (const name of tables) {
    if ([...shadows].some((v) => name.startsWith(`${v}_`))) continue;
    const quoted = `"${name.replaceAll('"', '""')}"`;
    counts[name] = sqlite.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number;
  }
  return counts;
}
