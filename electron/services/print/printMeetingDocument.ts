import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import type { MeetingView } from '../../contract/schemas/meeting';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { Actor } from '../audit/actor';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { requireMeeting } from '../meetings/meetingAccess';
import { buildMeetingView } from '../meetings/meetingView';
import { getSettings } from '../settings/settingsService';
import type { PrintOptions } from './printCaseDocument';
import type { PrintContext } from './printContext';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/** What a meeting form is built from: the meeting as the actor sees it (hidden cases counted only). */
export type MeetingPrintSource = {
  db: ReadDb;
  meeting: MeetingView;
  ctx: PrintContext;
  today: string;
};

/** A built meeting form and the facts its audit row records (ids and counts, never names). */
export type BuiltMeetingForm = { document: PrintedDocument; auditDetail: AuditDetail };

/**
 * Prints a form of one meeting (NOT_FOUND when there is none): built from the same view the
 * meeting screen shows the actor, so a case under 閲覧制限 the actor may not see is never
 * printed; audited as `action` on the meeting, with the format and the printed case ids.
 */
export function printMeetingDocument(
  db: Db,
  actor: Actor,
  clock: Clock,
  request: { meetingId: number; action: AuditAction; options: PrintOptions },
  build: (source: MeetingPrintSource) => BuiltMeetingForm,
): PrintedDocument {
  return withTransaction(db, (tx) => {
    const row = requireMeeting(tx, request.meetingId);
    const meeting = buildMeetingView(tx, actor, row);
    const today = todayInJapan(clock);
    const ctx: PrintContext = {
      municipalityName: getSettings(tx).municipalityName,
      createdOn: today,
      fontDir: request.options.fontDir,
    };
    const built = build({ db: tx, meeting, ctx, today });
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: request.action,
      target: { type: 'meeting', id: row.id },
      detail: {
        format: request.options.format,
        kind: row.kind,
        caseIds: meeting.cases.map((c) => c.caseId),
        hiddenCaseCount: meeting.hiddenCaseCount,
        ...built.auditDetail,
      },
    });
    return built.document;
  });
}
