import { sql } from 'drizzle-orm';
import type { ReadDb, WriteTx } from './database';

/** The latest consent record per case and kind: what consent_current holds. */
const latestConsent = `SELECT case_id, kind, state FROM (
    SELECT case_id, kind, state,
      row_number() OVER (PARTITION BY case_id, kind ORDER BY recorded_on DESC, id DESC) AS latest
    FROM consent) WHERE latest = 1`;

/**
 * The tables kept by triggers so the case list can show totals without counting (migrations
 * 0004 and 0010): each with the query that counts the same numbers from the rows themselves.
 * Their triggers keep them right; should a future migration or a hand edit leave one wrong, the
 * list's totals would be wrong without anything failing, so `verify` recounts them.
 */
const derivedTables = [
  {
    table: 'case_stage_count',
    keys: ['stage', 'restricted'],
    recount: `SELECT stage, restricted, count(*) AS n FROM support_case GROUP BY 1, 2`,
  },
  {
    table: 'case_field_count',
    keys: ['field', 'stage', 'restricted'],
    recount: `SELECT f.field AS field, c.stage AS stage, c.restricted AS restricted, count(*) AS n
      FROM case_field f JOIN support_case c ON c.id = f.case_id GROUP BY 1, 2, 3`,
  },
  {
    table: 'case_tag_count',
    keys: ['tag', 'stage', 'restricted'],
    recount: `SELECT t.tag AS tag, c.stage AS stage, c.restricted AS restricted, count(*) AS n
      FROM case_tag t JOIN support_case c ON c.id = t.case_id GROUP BY 1, 2, 3`,
  },
  {
    table: 'case_consent_count',
    keys: ['kind', 'state', 'stage', 'restricted'],
    recount: `SELECT k.kind AS kind, k.state AS state, c.stage AS stage,
        c.restricted AS restricted, count(*) AS n
      FROM (${latestConsent}) k JOIN support_case c ON c.id = k.case_id GROUP BY 1, 2, 3, 4`,
  },
] as const;

/** consent_current, as a count of 1 per (case, kind, state) so it compares like the counters. */
const consentCurrentCheck = {
  table: 'consent_current',
  read: `SELECT case_id, kind, state, 1 AS n FROM consent_current`,
  keys: ['case_id', 'kind', 'state'],
  recount: `SELECT case_id, kind, state, 1 AS n FROM (${latestConsent})`,
} as const;

/** One number a derived table holds that a recount does not give. */
export type DerivedCountProblem = {
  table: string;
  /** The row's key, e.g. `field=elderly, stage=support, restricted=0`. */
  key: string;
  stored: number;
  counted: number;
};

type CountRow = Record<string, string | number> & { n: number };

/**
 * Recounts every derived table, and consent_current (the latest consent per case and kind), from
 * the rows themselves and lists where they differ. Reads every case, 分野, 課題 and
 * consent row: seconds at 100,000 cases, like integrity_check.
 */
export function derivedCountProblems(db: ReadDb): DerivedCountProblem[] {
  const problems: DerivedCountProblem[] = [];
  const checks = [
    consentCurrentCheck,
    ...derivedTables.map((t) => ({ ...t, read: `SELECT * FROM ${t.table}` })),
  ];
  for (const { table, read, keys, recount } of checks) {
    const keyOf = (row: CountRow) => keys.map((k) => `${k}=${String(row[k])}`).join(', ');
    const stored = new Map(db.all<CountRow>(sql.raw(read)).map((row) => [keyOf(row), row.n]));
    const counted = new Map(db.all<CountRow>(sql.raw(recount)).map((row) => [keyOf(row), row.n]));
    for (const key of new Set([...stored.keys(), ...counted.keys()])) {
      const [s, c] = [stored.get(key) ?? 0, counted.get(key) ?? 0];
      if (s !== c) problems.push({ table, key, stored: s, counted: c });
    }
  }
  return problems;
}

/**
 * Fills consent_current and every derived table again from the rows (`verify --recount`). The
 * triggers go on keeping them from here. Run inside a write transaction.
 */
export function rebuildDerivedCounts(tx: WriteTx): void {
  tx.run(sql.raw('DELETE FROM consent_current'));
  tx.run(sql.raw(`INSERT INTO consent_current (case_id, kind, state) ${latestConsent}`));
  for (const { table, keys, recount } of derivedTables) {
    tx.run(sql.raw(`DELETE FROM ${table}`));
    const columns = [...keys, 'n'].join(', ');
    tx.run(sql.raw(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM (${recount})`));
  }
}
