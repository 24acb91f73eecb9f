import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { printSavePdfInput } from '../../contract/schemas/print';
import { AppError } from '../../contract/errors';
import {
  lastAuditId,
  newHouseholdIntake,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { intakeCase } from '../cases/intakeCase';
import type { PdfSaver } from './pdfSaver';
import { savePrintAsPdf } from './savePrintAsPdf';

let f: CaseWorkFixture;
let caseId: number;

beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-11-27T01:00:00.000Z');
  caseId = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId)).caseId;
});
afterAll(() => f.cleanup());

/** The operating system's side, recorded: which name was offered and what was written where. */
function recordingSaver(answer: string | null) {
  const calls: { offered: string[]; written: Array<{ path: string; html: string }> } = {
    offered: [],
    written: [],
  };
  const saver: PdfSaver = {
    choosePath: (name) => {
      calls.offered.push(name);
      return Promise.resolve(answer);
    },
    write: (html, path) => {
      calls.written.push({ path, html });
      return Promise.resolve();
    },
  };
  return { saver, calls };
}

const auditsAfter = (id: number) =>
  f.db.select({ action: auditLog.action, detail: auditLog.detail }).from(auditLog).all().slice(id);

describe('savePrintAsPdf (PDFとして保存)', () => {
  it('asks where to save, then writes the same document and audits it as a pdf', async () => {
    const { saver, calls } = recordingSaver('/chosen/受付票.pdf');
    const before = lastAuditId(f.db);
    const input = printSavePdfInput.parse({ form: 'intake', caseId });
    expect(await savePrintAsPdf(f.db, f.worker, f.clock, saver, input)).toEqual({ saved: true });
    expect(calls.offered).toEqual(['相談受付・申込票.pdf']);
    expect(calls.written).toHaveLength(1);
    expect(calls.written[0]?.path).toBe('/chosen/受付票.pdf');
    expect(calls.written[0]?.html).toContain('相談受付・申込票');
    const audits = auditsAfter(before);
    expect(audits.map((a) => a.action)).toEqual(['print.intake']);
    expect(JSON.parse(audits[0]?.detail ?? '{}')).toMatchObject({ format: 'pdf' });
  });

  it('writes and audits nothing when the user cancels the dialog', async () => {
    const { saver, calls } = recordingSaver(null);
    const before = lastAuditId(f.db);
    const input = printSavePdfInput.parse({ form: 'notes', caseId });
    expect(await savePrintAsPdf(f.db, f.worker, f.clock, saver, input)).toEqual({ saved: false });
    expect(calls.written).toEqual([]);
    expect(lastAuditId(f.db)).toBe(before);
  });

  it('says in Japanese that the browser has its own PDF printing when there is no desktop', async () => {
    const input = printSavePdfInput.parse({ form: 'intake', caseId });
    await expect(savePrintAsPdf(f.db, f.worker, f.clock, null, input)).rejects.toThrow(AppError);
    await expect(savePrintAsPdf(f.db, f.worker, f.clock, null, input)).rejects.toThrow(
      /デスクトップ版/,
    );
  });
});
