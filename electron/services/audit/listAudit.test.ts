import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../contract/errors';
import { adminOnly } from '../../contract/roles';
import { auditListInput } from '../../contract/schemas/audit';
import { noteCreateInput } from '../../contract/schemas/caseWork';
import type { CallInput } from '../../contract/types';
import { getCase } from '../cases/caseDetail';
import { intakeCase } from '../cases/intakeCase';
import { newHouseholdIntake, setUpCaseWork } from '../cases/caseWork.testing';
import { createNote } from '../cases/noteService';
import { listAudit } from './listAudit';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** Two cases by two staff, one viewed and noted, the 管理者 logged out and in again. */
function setUp() {
  const fixture = setUpCaseWork();
  cleanups.push(fixture.cleanup);
  const { db, admin, worker, clock } = fixture;
  const first = intakeCase(db, admin, clock, newHouseholdIntake(admin.staffId));
  clock.advance(60_000);
  const second = intakeCase(
    db,
    worker,
    clock,
    newHouseholdIntake(worker.staffId, {}, { name: '鈴木 花子', nameKana: 'すずき はなこ' }),
  );
  getCase(db, worker, clock, { id: second.caseId });
  createNote(
    db,
    worker,
    clock,
    noteCreateInput.parse({
      caseId: second.caseId,
      occurredAt: '2026-04-01T10:00',
      means: 'phone',
    }),
  );
  return { ...fixture, first, second };
}

function list(fixture: ReturnType<typeof setUp>, input: CallInput<'audit.list'>) {
  const { db, actor } = fixture.session.requireUnlocked(adminOnly);
  return listAudit(db, actor, fixture.clock, auditListInput.parse(input));
}

describe('the audit viewer', () => {
  it('filters by staff, case number, person and action group, newest first', () => {
    const fixture = setUp();
    const { worker, second } = fixture;
    const byWorker = list(fixture, { filters: { staffId: worker.staffId } }).rows;
    expect(byWorker.map((r) => r.action)).toEqual([
      'note.create',
      'case.view',
      'case.intake',
      'household.create',
    ]);
    const byCase = list(fixture, { filters: { caseNumber: second.caseNumber.toLowerCase() } });
    expect(byCase.rows.map((r) => r.action)).toEqual(['note.create', 'case.view', 'case.intake']);
    expect(byCase.rows[1]?.targetText).toBe(`ケース ${second.caseNumber}`);
    // The person's own rows and their case's, never the other case's.
    const byPerson = list(fixture, { filters: { personId: second.personId } }).rows;
    expect(byPerson.map((r) => r.action)).toEqual(
      expect.arrayContaining(['note.create', 'case.view', 'case.intake']),
    );
    const firstCase = String(fixture.first.caseId);
    expect(byPerson.some((r) => r.targetType === 'case' && r.targetId === firstCase)).toBe(false);
    const auth = list(fixture, { filters: { action: 'auth' } }).rows;
    expect(auth.every((r) => r.action.startsWith('auth.'))).toBe(true);
    expect(auth.length).toBeGreaterThan(0);
  });

  it('filters by a period of dates in Japan, both ends included', () => {
    const fixture = setUp();
    // The fixture's clock starts at 2026-04-01T00:00Z = 4月1日 9:00 in Japan.
    expect(
      list(fixture, { filters: { from: '2026-04-01', to: '2026-04-01' } }).rows.length,
    ).toBeGreaterThan(5);
    expect(list(fixture, { filters: { to: '2026-03-31' } }).rows).toEqual([]);
    expect(list(fixture, { filters: { from: '2026-04-02' } }).rows).toEqual([]);
  });

  it('pages by key without gaps or repeats, and audits every view after reading it', () => {
    const fixture = setUp();
    const seen: number[] = [];
    let before: number | undefined;
    const first = list(fixture, { limit: 3 });
    const total = first.rows[0]?.id ?? 0;
    for (let page = first; ;) {
      seen.push(...page.rows.map((r) => r.id));
      if (page.nextBefore === null) break;
      before = page.nextBefore;
      page = list(fixture, { limit: 3, before });
    }
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => total - i));
    const latest = list(fixture, { limit: 1 }).rows[0];
    expect(latest?.action).toBe('audit.view');
    expect(JSON.parse(latest?.detail ?? '{}')).toMatchObject({
      rows: expect.any(Number) as number,
    });
  });

  it('says so in Japanese when a ケース番号 does not exist', () => {
    const fixture = setUp();
    try {
      list(fixture, { filters: { caseNumber: 'R1-9999' } });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toContain('R1-9999');
    }
  });
});
