import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { consentRecordInput, noteCreateInput } from '../../contract/schemas/caseWork';
import { defaultPrivacyNotice } from '../../contract/schemas/settings';
import { recordConsent } from '../cases/recordConsent';
import { updateSettings } from '../settings/settingsService';
import { noConsentStatement } from './forms/intakeConsentHtml';
import { printNotesInput } from '../../contract/schemas/print';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { intakeCase } from '../cases/intakeCase';
import { createNote } from '../cases/noteService';
import { updateCase } from '../cases/updateCase';
import { caseIdByNumber } from './caseIdByNumber';
import { printIntake } from './printIntake';
import { printNotes } from './printNotes';

let f: CaseWorkFixture;
let open: ReturnType<typeof intakeCase>;
let hidden: ReturnType<typeof intakeCase>;

const addNote = (caseId: number, occurredAt: string, facts: string) =>
  createNote(
    f.db,
    f.worker,
    f.clock,
    noteCreateInput.parse({ caseId, occurredAt, means: 'phone', facts }),
  );

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-11-27T01:00:00.000Z');
  open = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
  addNote(open.caseId, '2026-04-10T10:00', '四月の記録');
  addNote(open.caseId, '2026-05-20T10:00', '五月の記録');
  addNote(open.caseId, '2026-06-30T23:59', '六月末の記録');
  hidden = intakeCase(
    f.db,
    f.worker,
    f.clock,
    newHouseholdIntake(f.worker.staffId, {}, { name: '秘匿 さくら' }),
  );
  updateCase(f.db, f.worker, f.clock, {
    id: hidden.caseId,
    restricted: true,
    mainStaffId: f.worker.staffId,
  });
});
afterAll(() => f.cleanup());

function lastAudit() {
  const row = f.db.select().from(auditLog).orderBy(auditLog.id).all().at(-1);
  return {
    action: row?.action,
    target: `${row?.targetType}:${row?.targetId}`,
    detail: JSON.parse(row?.detail ?? '{}') as unknown,
  };
}

describe('printIntake', () => {
  it('builds the form from the case as the actor may see it, and audits the print', () => {
    const before = lastAuditId(f.db);
    const printed = printIntake(f.db, f.viewer, f.clock, { caseId: open.caseId });
    expect(printed.title).toBe(`相談受付・申込票（${open.caseNumber}）`);
    expect(printed.html).toContain('山田 太郎');
    expect(printed.html).toContain(open.caseNumber);
    expect(printed.html).toContain('@top-left{content:"みどり町"');
    expect(printed.html).toContain('作成日 令和8年11月27日');
    expect(auditTrail(f.db, before)).toEqual([`print.intake case:${open.caseId}`]);
    expect(lastAudit().detail).toEqual({ format: 'html', variant: 'consent' });
    // Until 管理者 writes the office's own, the default 個人情報の取扱い sentence is printed.
    expect(printed.html).toContain(defaultPrivacyNotice);
  });

  it("prints the office's 個人情報の取扱い and, after 情報共有 is refused, the 同意なし form", () => {
    const own = 'みどり町は相談で知った個人情報を条例に従い管理します。';
    updateSettings(f.db, f.admin, f.clock, { privacyNotice: own });
    expect(lastAudit()).toMatchObject({
      action: 'settings.update',
      detail: { keys: ['privacyNotice'] },
    });
    recordConsent(
      f.db,
      f.worker,
      f.clock,
      consentRecordInput.parse({
        caseId: open.caseId,
        kind: 'infoSharing',
        state: 'refused',
        recordedOn: '2026-11-26',
        method: 'verbal',
      }),
    );
    const printed = printIntake(f.db, f.worker, f.clock, { caseId: open.caseId });
    expect(printed.html).toContain(own);
    expect(printed.html).toContain('本人同意なし');
    expect(printed.html).toContain(noConsentStatement);
    expect(lastAudit()).toMatchObject({
      action: 'print.intake',
      detail: { format: 'html', variant: 'noConsent' },
    });
  });

  it('records a PDF when the caller saves one', () => {
    printIntake(f.db, f.worker, f.clock, { caseId: open.caseId }, { format: 'pdf' });
    expect(lastAudit()).toMatchObject({ action: 'print.intake', detail: { format: 'pdf' } });
  });

  it('refuses a case hidden by 閲覧制限 exactly like a missing one, and audits nothing', () => {
    const before = lastAuditId(f.db);
    for (const caseId of [hidden.caseId, 99_999]) {
      expect(refusal(() => printIntake(f.db, f.otherWorker, f.clock, { caseId }))).toMatchObject({
        code: 'NOT_FOUND',
        message: 'ケースが見つかりません。',
      });
    }
    expect(refusal(() => printNotes(f.db, f.viewer, f.clock, { caseId: hidden.caseId })).code).toBe(
      'NOT_FOUND',
    );
    expect(auditTrail(f.db, before)).toEqual([]);
    // Its 主担当 may print it.
    expect(printIntake(f.db, f.worker, f.clock, { caseId: hidden.caseId }).html).toContain(
      '秘匿 さくら',
    );
  });
});

describe('printNotes', () => {
  it('prints every note oldest first and audits the count', () => {
    const printed = printNotes(f.db, f.viewer, f.clock, { caseId: open.caseId });
    expect(printed.title).toBe(`経過記録（${open.caseNumber}）`);
    const order = ['四月の記録', '五月の記録', '六月末の記録'].map((t) => printed.html.indexOf(t));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(lastAudit()).toEqual({
      action: 'print.notes',
      target: `case:${open.caseId}`,
      detail: { format: 'html', from: null, to: null, notes: 3 },
    });
  });

  it('narrows to a range of dates, both ends included', () => {
    const input = printNotesInput.parse({
      caseId: open.caseId,
      from: '2026-05-20',
      to: '2026-06-30',
    });
    const printed = printNotes(f.db, f.worker, f.clock, input);
    expect(printed.html).not.toContain('四月の記録');
    expect(printed.html).toContain('五月の記録');
    expect(printed.html).toContain('六月末の記録');
    expect(printed.html).toContain('令和8年5月20日 〜 令和8年6月30日');
    expect(lastAudit().detail).toEqual({
      format: 'html',
      from: '2026-05-20',
      to: '2026-06-30',
      notes: 2,
    });
  });

  it('refuses a range that ends before it starts', () => {
    const result = printNotesInput.safeParse({ caseId: 1, from: '2026-06-01', to: '2026-05-31' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['to'],
      message: '期間の終了は開始と同じ日かそれより後にしてください',
    });
  });

  it('keeps the audit chain whole', () => {
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });
});

describe('caseIdByNumber', () => {
  it('finds a case by its number as typed, full-width or lower case', () => {
    const wide = open.caseNumber.replace(/[0-9A-Z-]/g, (c) =>
      String.fromCharCode(c === '-' ? 0xff0d : c.charCodeAt(0) + 0xfee0),
    );
    expect(caseIdByNumber(f.db, f.viewer, open.caseNumber)).toBe(open.caseId);
    expect(caseIdByNumber(f.db, f.viewer, open.caseNumber.toLowerCase())).toBe(open.caseId);
    expect(caseIdByNumber(f.db, f.viewer, ` ${wide} `)).toBe(open.caseId);
  });

  it('answers NOT_FOUND for an unknown number and for a case the actor may not see', () => {
    expect(refusal(() => caseIdByNumber(f.db, f.viewer, 'R99-9999')).code).toBe('NOT_FOUND');
    expect(refusal(() => caseIdByNumber(f.db, f.otherWorker, hidden.caseNumber)).code).toBe(
      'NOT_FOUND',
    );
    expect(caseIdByNumber(f.db, f.admin, hidden.caseNumber)).toBe(hidden.caseId);
  });
});
