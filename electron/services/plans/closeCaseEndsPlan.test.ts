import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { closeCase } from '../cases/closeCase';
import { setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { confirmPlan } from './confirmPlan';
import { revisePlan } from './nextVersion';
import { createPlan } from './planDraft';
import { listPlansForCase } from './planReads';
import { caseForPlan, planInput } from './plans.testing';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
});
afterAll(() => f.cleanup());

describe('case.close and the plan in force', () => {
  it('ends the 確定 version with the case (a 案 being revised stays as written)', () => {
    const { caseId } = caseForPlan(f);
    const v1 = createPlan(f.db, f.worker, f.clock, planInput(caseId));
    confirmPlan(f.db, f.worker, f.clock, { id: v1.id, approvedMeetingId: null });
    revisePlan(f.db, f.worker, f.clock, { id: v1.id });
    closeCase(f.db, f.worker, f.clock, {
      id: caseId,
      closedOn: '2026-04-10',
      closeReasonCode: 'other',
      closeReason: '転居',
    });
    expect(listPlansForCase(f.db, f.worker, { caseId }).map((p) => [p.version, p.status])).toEqual([
      [2, 'draft'],
      [1, 'ended'],
    ]);
    const audit = f.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'case.close'))
      .orderBy(desc(auditLog.id))
      .get();
    expect(JSON.parse(audit?.detail ?? '{}')).toEqual({
      previousStage: 'support',
      revision: 3,
      endedPlanIds: [v1.id],
    });
  });

  it('audits no plan when the case had none in force', () => {
    const { caseId } = caseForPlan(f);
    closeCase(f.db, f.worker, f.clock, {
      id: caseId,
      closedOn: '2026-04-10',
      closeReasonCode: 'other',
      closeReason: '転居',
    });
    const audit = f.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'case.close'))
      .orderBy(desc(auditLog.id))
      .get();
    expect(JSON.parse(audit?.detail ?? '{}')).toEqual({ previousStage: 'intake', revision: 2 });
  });
});
