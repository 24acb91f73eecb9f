import { count } from 'drizzle-orm';
import { withTransaction, type Db } from '../../../db/database';
import { insertStaff } from '../../../db/repositories/staffRepository';
import {
  auditLog,
  caseAgency,
  caseField,
  caseTag,
  codeList,
  consent,
  household,
  person,
  progressNote,
  supportCase,
} from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import { caseIntakeInput } from '../../contract/schemas/caseWork';
import type { CallInput, ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { setUpSession } from '../auth/sessionManager.testing';

/** A set-up data folder with its 管理者 and three more staff: two 相談員 and a 閲覧. */
export function setUpCaseWork() {
  const fixture = setUpSession();
  const { db, actor: admin } = fixture.session.requireUnlocked(['admin']);
  const add = (login: string, displayName: string, role: Role): Actor =>
    withTransaction(db, (tx) => {
      const row = insertStaff(tx, { login, displayName, role, at: '2026-04-01T00:00:00Z', by: 1 });
      return { staffId: row.id, login: row.login, displayName: row.displayName, role: row.role };
    });
  return {
    ...fixture,
    db,
    admin,
    worker: add('soudan1', '相談 一郎', 'worker'),
    otherWorker: add('soudan2', '相談 二郎', 'worker'),
    viewer: add('etsuran', '閲覧 花子', 'viewer'),
  };
}

export type CaseWorkFixture = ReturnType<typeof setUpCaseWork>;

/** An intake for a new person in a new household, parsed as the dispatcher would. */
export function newHouseholdIntake(
  receivedBy: number,
  overrides: Partial<CallInput<'case.intake'>> = {},
  person: { name?: string; nameKana?: string; birthDate?: string | null; phone?: string } = {},
): ParsedInput<'case.intake'> {
  return caseIntakeInput.parse({
    receivedOn: '2026-04-01',
    receivedBy,
    route: 'counter',
    person: {
      mode: 'newHousehold',
      household: { address: 'みどり町1-2-3', district: '東圏域' },
      person: { name: '山田 太郎', nameKana: 'やまだ たろう', birthDate: '1975-06-15', ...person },
    },
    fields: ['elderly', 'poverty'],
    tags: ['8050問題', '生活困窮'],
    chiefComplaint: '母の介護と自身の就労について',
    ...overrides,
  });
}

/** Row counts of every case-work table, to prove a refused write left nothing behind. */
export function countCaseWorkRows(db: Db): Record<string, number> {
  const tables = {
    household,
    person,
    supportCase,
    caseField,
    caseTag,
    caseAgency,
    consent,
    progressNote,
    codeList,
    auditLog,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      db.select({ n: count() }).from(table).get()?.n ?? 0,
    ]),
  );
}

/** The audit rows after `afterId`, as `action target` strings. */
export function auditTrail(db: Db, afterId = 0): string[] {
  return db
    .select()
    .from(auditLog)
    .orderBy(auditLog.id)
    .all()
    .filter((row) => row.id > afterId)
    .map(
      (row) => `${row.action}${row.targetId === null ? '' : ` ${row.targetType}:${row.targetId}`}`,
    );
}

export function lastAuditId(db: Db): number {
  return db.select().from(auditLog).orderBy(auditLog.id).all().at(-1)?.id ?? 0;
}

/** The AppError a call throws (code, issue paths), or fails the test. */
export function refusal(fn: () => unknown): { code: string; paths: string[]; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) {
      return {
        code: error.code,
        paths: (error.issues ?? []).map((i) => i.path),
        message: error.message,
      };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}
