import type Database from 'better-sqlite3';
import type { Db } from '../../db/database';
import { verifyAuditChain } from '../../electron/services/audit/verifyAuditChain';

/** What the crash writer reported as committed before it was killed. */
export type Reported = { intake: number[]; household: number[]; plan: number[] };

export function parseReported(lines: readonly string[]): Reported {
  const reported: Reported = { intake: [], household: [], plan: [] };
  for (const line of lines) {
    const [kind, id] = line.split(' ');
    if ((kind === 'intake' || kind === 'household' || kind === 'plan') && id) {
      reported[kind].push(Number(id));
    }
  }
  return reported;
}

const count = (sqlite: Database.Database, query: string, ...params: unknown[]) =>
  sqlite
    .prepare(query)
    .pluck()
    .get(...params) as number;

/**
 * Everything that must hold after a crash at any point: the file is whole (integrity_check,
 * foreign keys, the audit chain), each transaction is there wholly or not at all (a case with
 * its intake audit row and the reverse; a household with all 12 members and its audit row; a
 * confirmed plan with its confirm audit row and the reverse), and every commit the writer
 * reported is there (synchronous=FULL). Returns what is broken; empty when all holds.
 */
export function crashInvariantViolations(
  sqlite: Database.Database,
  db: Db,
  reported: Reported,
): string[] {
  const broken: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  check(sqlite.pragma('integrity_check', { simple: true }) === 'ok', 'integrity_check');
  check((sqlite.pragma('foreign_key_check') as unknown[]).length === 0, 'foreign_key_check');
  const chain = verifyAuditChain(db);
  check(chain.problems.length === 0, `audit chain: ${JSON.stringify(chain.problems.slice(0, 3))}`);
  const audited = (action: string, type: string, alias: string) =>
    `EXISTS (SELECT 1 FROM audit_log a WHERE a.action = '${action}' AND a.target_type = '${type}'
             AND a.target_id = CAST(${alias}.id AS TEXT))`;
  check(
    count(
      sqlite,
      `SELECT count(*) FROM support_case c WHERE NOT ${audited('case.intake', 'case', 'c')}`,
    ) === 0,
    'a case without its case.intake audit row',
  );
  check(
    count(
      sqlite,
      `SELECT count(*) FROM audit_log a WHERE a.action = 'case.intake'
         AND NOT EXISTS (SELECT 1 FROM support_case c WHERE CAST(c.id AS TEXT) = a.target_id)`,
    ) === 0,
    'a case.intake audit row without its case',
  );
  check(
    count(
      sqlite,
      `SELECT count(*) FROM household h WHERE h.memo = 'crash-bulk'
         AND ((SELECT count(*) FROM person p WHERE p.household_id = h.id) != 12
              OR NOT ${audited('household.create', 'household', 'h')})`,
    ) === 0,
    'a bulk household without all 12 members or its audit row',
  );
  check(
    count(
      sqlite,
      `SELECT count(*) FROM support_plan p WHERE (p.status = 'confirmed') != ${audited('plan.confirm', 'plan', 'p')}`,
    ) === 0,
    'a plan confirmed without its audit row, or audited but not confirmed',
  );
  const present = (table: string, ids: number[], extra = '') =>
    ids.every(
      (id) => count(sqlite, `SELECT count(*) FROM ${table} WHERE id = ? ${extra}`, id) === 1,
    );
  check(present('support_case', reported.intake), 'a reported intake is missing');
  check(present('household', reported.household), 'a reported household is missing');
  check(
    present('support_plan', reported.plan, `AND status = 'confirmed'`),
    'a reported plan is missing',
  );
  return broken;
}
