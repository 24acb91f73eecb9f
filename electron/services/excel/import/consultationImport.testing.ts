import { asc } from 'drizzle-orm';
import { afterEach, beforeEach } from 'vitest';
import { auditLog, supportCase } from '../../../../db/schema';
import type { ImportMapping } from '../../../contract/schemas/importWords';
import {
  countCaseWorkRows,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../../cases/caseWork.testing';
import { importConsultations } from './importConsultations';
import { ledgerWorkbook, type LedgerLine } from './ledgerFixtures.testing';

/**
 * A fresh office for each test of the consultation import (its 管理者, two 相談員 and a 閲覧),
 * and the reads the tests check results with.
 */
export function useImportFixture() {
  let f: CaseWorkFixture | undefined;
  beforeEach(() => {
    f = setUpCaseWork();
  });
  afterEach(() => f?.cleanup());
  const fixture = (): CaseWorkFixture => {
    if (f === undefined) throw new Error('the import fixture is set up in beforeEach');
    return f;
  };

  /** Imports (or previews) a ledger of these lines, as the 管理者 unless told. */
  async function run(
    lines: readonly LedgerLine[],
    options: {
      mode?: 'preview' | 'import';
      skipInvalid?: boolean;
      actor?: CaseWorkFixture['admin'];
      mappings?: ImportMapping[];
    } = {},
  ) {
    const { db, admin, clock } = fixture();
    return importConsultations(
      db,
      options.actor ?? admin,
      clock,
      { fileName: '相談受付簿.xlsx', bytes: await ledgerWorkbook(lines) },
      {
        mode: options.mode ?? 'import',
        skipInvalid: options.skipInvalid ?? false,
        mappings: options.mappings ?? [],
      },
    );
  }

  /** Every case, oldest first, with the columns an import sets. */
  function cases() {
    return fixture()
      .db.select({
        id: supportCase.id,
        caseNumber: supportCase.caseNumber,
        personId: supportCase.personId,
        householdId: supportCase.householdId,
        receivedOn: supportCase.receivedOn,
        route: supportCase.route,
        stage: supportCase.stage,
        closedOn: supportCase.closedOn,
        mainStaffId: supportCase.mainStaffId,
        receivedBy: supportCase.receivedBy,
        chiefComplaint: supportCase.chiefComplaint,
      })
      .from(supportCase)
      .orderBy(asc(supportCase.id))
      .all();
  }

  /** The audit rows after `afterId`. */
  function auditRows(afterId: number) {
    return fixture()
      .db.select()
      .from(auditLog)
      .orderBy(asc(auditLog.id))
      .all()
      .filter((row) => row.id > afterId);
  }

  /** Row counts of the case-work tables but the audit log and the code lists (seeded on first use). */
  function records() {
    const { auditLog: _audit, codeList: _codes, ...rest } = countCaseWorkRows(fixture().db);
    return rest;
  }

  return { fixture, run, cases, auditRows, records };
}
