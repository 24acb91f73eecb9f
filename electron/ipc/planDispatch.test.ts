import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../services/audit/verifyAuditChain';
import { adminPassword, setUpSession } from '../services/auth/sessionManager.testing';
import { dispatcherFor, ownWindow, type Call, type DispatchFixture } from './dispatch.testing';

let fixture: DispatchFixture['fixture'];
let dispatch: DispatchFixture['dispatch'];
let call: Call;

beforeAll(() => {
  ({ fixture, dispatch, call } = dispatcherFor(setUpSession()));
});
afterAll(() => fixture.cleanup());

describe('支援プラン through the dispatcher', () => {
  it('writes, confirms, evaluates as 見直し and lists a case’s plans, refusing bad input in Japanese', async () => {
    const me = fixture.session.requireUnlocked(['admin']).actor;
    const intake = await call('case.intake', {
      receivedOn: '2026-04-01',
      receivedBy: me.staffId,
      route: 'counter',
      person: { mode: 'newHousehold', household: {}, person: { name: '佐藤 一郎' } },
      fields: ['poverty'],
    });
    const refused = await dispatch(ownWindow, 'plan.create', {
      caseId: intake.caseId,
      createdOn: '2026-04-01',
      goals: [{ kind: 'someday', text: ' ' }],
      rows: [{ content: '訪問', assigneeAgencyId: 1, assigneeStaffId: 1 }],
    });
    expect(refused).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [
        { path: 'goals.0.kind', message: '長期目標か短期目標かを選んでください' },
        { path: 'goals.0.text', message: '目標を入力してください' },
        {
          path: 'rows.0.assigneeStaffId',
          message: '担当は関係機関か職員のどちらか一方を選んでください',
        },
      ],
    });

    const draft = await call('plan.create', {
      caseId: intake.caseId,
      createdOn: '2026-04-01',
      personWishes: '仕事を見つけたい',
      goals: [
        { kind: 'long', text: '就職する' },
        { kind: 'short', text: '生活リズムを整える' },
      ],
      rows: [
        { issue: '就労', content: '就労準備支援', frequency: '週1回' },
        { issue: '家計', content: '家計改善支援', assigneeStaffId: me.staffId },
        { issue: '孤立', content: '居場所の紹介', assigneeText: '社協' },
      ],
    });
    const plan = await call('plan.confirm', { id: draft.id });
    expect(plan).toMatchObject({ status: 'confirmed', confirmedById: me.staffId });
    const afterConfirm = await dispatch(ownWindow, 'plan.update', {
      id: plan.id,
      createdOn: '2026-04-01',
    });
    expect(afterConfirm).toMatchObject({ ok: false, code: 'CONFLICT' });

    // Three months on, the idle session has locked itself: unlock as the user would.
    fixture.clock.set('2026-07-01T00:00:00.000Z');
    expect(await dispatch(ownWindow, 'plan.dueForEvaluation', {})).toMatchObject({
      ok: false,
      code: 'LOCKED',
    });
    await call('auth.unlock', { password: adminPassword });
    const due = await call('plan.dueForEvaluation', {});
    expect(due.rows.map((row) => row.planId)).toEqual([plan.id]);
    expect(due.total).toBe(1);
    const evaluated = await call('plan.evaluate', {
      planId: plan.id,
      evaluatedOn: '2026-07-01',
      decision: 'revise',
      personChange: '週3日、朝起きられるようになった',
      goals: plan.goals.map((goal) => ({ goalId: goal.id, result: 'partial' as const })),
    });
    expect(evaluated.nextPlanId).not.toBeNull();
    const versions = await call('plan.listForCase', { caseId: intake.caseId });
    expect(versions.map((v) => [v.version, v.status, v.lastDecision])).toEqual([
      [2, 'draft', null],
      [1, 'confirmed', 'revise'],
    ]);
    const v2 = await call('plan.get', { id: evaluated.nextPlanId ?? 0 });
    expect(v2.rows.map((r) => r.content)).toEqual(['就労準備支援', '家計改善支援', '居場所の紹介']);
    expect(await call('plan.dueForEvaluation', {})).toEqual({
      rows: [],
      total: 0,
      totalIsLowerBound: false,
      hasMore: false,
    });

    const { db } = fixture.session.requireUnlocked(['admin']);
    expect(verifyAuditChain(db).problems).toEqual([]);
  });
});
