import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import type { SupportCaseRow } from '../../../db/schema';
import type { CaseDetail } from '../../contract/schemas/caseWork';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { Actor } from '../audit/actor';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { buildCaseDetail } from '../cases/caseDetail';
import { todayInJapan } from '../cases/japanDate';
import { requireVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import type { PrintContext } from './printContext';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/** How the document leaves the app: shown for printing (html) or saved as a file (pdf). */
export type PrintFormat = 'html' | 'pdf';

export type PrintOptions = { format: PrintFormat; fontDir?: string };

/** What a form of one case is built from; `db` reads anything more it needs (plans …). */
export type CasePrintSource = {
  db: ReadDb;
  row: SupportCaseRow;
  detail: CaseDetail;
  ctx: PrintContext;
};

/** A built form and the facts its audit row records (never personal content). */
export type BuiltForm = { document: PrintedDocument; auditDetail?: AuditDetail };

/**
 * Prints a form of one case: the case must be visible to the actor (閲覧制限 → NOT_FOUND, as
 * for opening it), the form is built from the same case detail the screen shows, and an audit
 * row (`action`, the case, the format) is written in the same transaction.
 */
export function printCaseDocument(
  db: Db,
  actor: Actor,
  clock: Clock,
  request: { caseId: number; action: AuditAction; options: PrintOptions },
  build: (source: CasePrintSource) => BuiltForm,
): PrintedDocument {
  return withTransaction(db, (tx) => {
    const row = requireVisibleCase(tx, actor, request.caseId);
    const today = todayInJapan(clock);
    const ctx: PrintContext = {
      municipalityName: getSettings(tx).municipalityName,
      createdOn: today,
      fontDir: request.options.fontDir,
    };
    const built = build({ db: tx, row, detail: buildCaseDetail(tx, row, today), ctx });
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: request.action,
      target: { type: 'case', id: row.id },
      detail: { format: request.options.format, ...built.auditDetail },
    });
    return built.document;
  });
}
