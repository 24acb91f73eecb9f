import type { WriteTx } from '../../../db/database';
import { insertAuditRow, lastAuditHash } from '../../../db/repositories/auditRepository';
import type { Actor } from './actor';
import { auditHash, genesisHash } from './auditHash';

/** Audit actions written so far; later features add theirs here. */
export type AuditAction =
  | 'setup.init'
  | 'auth.login'
  | 'auth.loginFailed'
  | 'auth.logout'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.idleLock'
  | 'settings.update'
  | 'staff.create'
  | 'db.verify'
  | 'db.recount'
  // Accounts and passwords (issue 8): who changed whose account; never a password.
  | 'staff.update'
  | 'staff.disable'
  | 'staff.enable'
  | 'staff.resetPassword'
  | 'auth.changePassword'
  | 'auth.changePasswordFailed'
  | 'auth.recover'
  // Backups, restores and the audit log itself (viewing and exporting it are audited too).
  | 'backup.create'
  | 'backup.failed'
  | 'backup.configure'
  | 'backup.restore'
  | 'audit.view'
  | 'audit.export'
  // Case work: changes, and every view of a household, person or case.
  | 'household.create'
  | 'household.update'
  | 'household.view'
  | 'person.create'
  | 'person.update'
  | 'person.findSame'
  | 'case.intake'
  | 'case.view'
  | 'case.update'
  | 'case.close'
  | 'consent.record'
  | 'note.create'
  | 'note.update'
  | 'agency.create'
  | 'agency.update'
  | 'caseAgency.set'
  | 'caseAgency.remove'
  | 'codeList.seed'
  | 'codeList.save'
  // Demo data (CLI `demo`): one row for a whole generation, with its counts.
  | 'demo.generate'
  // The search box: how long the query was and how many hits, never the words (they may be a name).
  | 'search.query'
  // Excel out: which export, its period or filters, its row count and how it left; never names.
  | 'export.report'
  | 'export.cases'
  // 支援プラン: changes and every view of a plan (ids and field names, never the content).
  | 'plan.create'
  | 'plan.update'
  | 'plan.confirm'
  | 'plan.recordConsent'
  | 'plan.evaluate'
  | 'plan.revise'
  | 'plan.view'
  // Printing: which form, of which case, shown (html) or saved as a file (pdf).
  | 'print.intake'
  | 'print.notes'
  | 'print.plan'
  | 'print.evaluation'
  // 会議: changes and views by meeting id; agenda cases, decisions and plans by id, never names.
  | 'meeting.create'
  | 'meeting.update'
  | 'meeting.view'
  | 'meeting.setAttendees'
  | 'meeting.addCase'
  | 'meeting.removeCase'
  | 'meeting.recordMinutes'
  | 'meeting.addDecision'
  | 'meeting.removeDecision'
  // 会議資料 with its number of copies (支援会議: one numbered copy per attendee), and 会議録.
  | 'print.meetingHandout'
  | 'print.meetingMinutes'
  // アウトリーチ, 参加支援, 地域づくり: changes and views by id and code (stage, status, kind), never names.
  | 'outreach.create'
  | 'outreach.update'
  | 'outreach.view'
  | 'outreach.addContact'
  | 'outreach.setStage'
  | 'outreach.transfer'
  | 'resource.create'
  | 'resource.update'
  | 'match.create'
  | 'match.update'
  | 'match.followUp'
  | 'match.view'
  | 'activity.create'
  | 'activity.update'
  // Excel import of old ledgers: one row per preview or run, with counts, ids and the file's hash.
  | 'import.preview'
  | 'import.run'
  | 'import.errors'
  // issue 17: one person read by id (相談受付 opened for them), the 回復キー confirmed or issued anew.
  | 'person.view'
  | 'recoveryKey.confirm'
  | 'recoveryKey.reissue';

export type AuditEntry = {
  at: Date;
  actor: Pick<Actor, 'staffId' | 'login' | 'displayName'> | null;
  action: AuditAction;
  target?: { type: string; id: string | number };
  /** Facts about the event; never the content of personal records. */
  detail?: Record<string, unknown>;
};

/**
 * Appends one row to the audit chain inside the caller's transaction, so the audit row and the
 * change it records commit together or not at all.
 */
export function appendAudit(tx: WriteTx, entry: AuditEntry): void {
  const unhashed = {
    at: entry.at.toISOString(),
    actorStaffId: entry.actor?.staffId ?? null,
    actorLogin: entry.actor?.login ?? null,
    actorName: entry.actor?.displayName ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target === undefined ? null : String(entry.target.id),
    detail: JSON.stringify(entry.detail ?? {}),
    prevHash: lastAuditHash(tx) ?? genesisHash,
  };
  insertAuditRow(tx, { ...unhashed, hash: auditHash(unhashed) });
}
