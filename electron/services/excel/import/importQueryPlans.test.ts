import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullScans, loggingDb, queryPlan } from '../../../../db/testing/queryPlans';
import { setUpCaseWork, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { importConsultations } from './importConsultations';
import { cleanLines, ledgerWorkbook } from './ledgerFixtures.testing';

let f: CaseWorkFixture;
let sqlite: Database.Database;
beforeAll(() => {
  f = setUpCaseWork();
  // The better-sqlite3 handle under the session's drizzle handle (drizzle keeps it as $client).
  const client = (f.db as typeof f.db & { $client?: Database.Database }).$client;
  if (client === undefined) throw new Error('no better-sqlite3 client under the session');
  sqlite = client;
});
afterAll(() => f.cleanup());

// Read whole on purpose: staff accounts (担当者 by name) and the 課題 list are small; the audit
// chain's last hash walks audit_log backwards by id and stops at the first row.
const allowedScans = ['staff', 'code_list', 'audit_log'];

// Without ANALYZE statistics SQLite plans the same for 10 rows as for 100,000, so these are the
// plans an import into a town's database gets.
describe('importing a 相談受付簿: query plans', () => {
  it.each(['admin', 'worker'] as const)(
    'reads people, earlier consultations and case numbers through indexes (%s)',
    async (who) => {
      const { db, queries } = loggingDb(sqlite);
      await importConsultations(
        db,
        f[who],
        f.clock,
        { fileName: 'ledger.xlsx', bytes: await ledgerWorkbook(cleanLines) },
        { mode: 'preview', skipInvalid: false },
      );
      const reads = queries.filter((query) => /^\s*select/iu.test(query.sql));
      const byName = reads.filter((query) => query.sql.includes('"person"."name_key" in'));
      // The people under the file's names, and their earlier consultations.
      expect(byName).toHaveLength(2);
      for (const query of byName) {
        expect(queryPlan(sqlite, query).join('\n')).toMatch(
          /SEARCH person USING (COVERING )?INDEX person_\w+ \(name_key=\?\)/u,
        );
      }
      for (const query of reads) {
        const scans = fullScans(queryPlan(sqlite, query)).filter(
          (line) => !allowedScans.some((table) => line === `SCAN ${table}`),
        );
        expect(scans, query.sql).toEqual([]);
      }
    },
  );
});
