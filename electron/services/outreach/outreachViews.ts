import { eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import {
  contactsOfTarget,
  outreachSummaryRows,
  type OutreachSummaryRow,
} from '../../../db/repositories/outreachRepository';
import { outreachTarget, type OutreachTargetRow } from '../../../db/schema';
import type { OutreachSummary, OutreachView } from '../../contract/schemas/outreach';
import type { Actor } from '../audit/actor';
import { daysBetween } from '../plans/planDates';
import { outreachNotFound } from './outreachAccess';

/** A list line, with the days since the latest contact (or since 把握 when none). */
export function toOutreachSummary(row: OutreachSummaryRow, today: string): OutreachSummary {
  return { ...row, daysSinceContact: daysBetween(row.lastContactOn ?? row.raisedOn, today) };
}

/**
 * Everything the target screen shows, for a target already checked visible to the actor.
 * `editable`: a 相談員 or 管理者 may still act on it (anything but 支援へ移行; 終了 may reopen).
 */
export function buildOutreachView(
  db: ReadDb,
  actor: Actor,
  row: OutreachTargetRow,
  today: string,
): OutreachView {
  const [summary] = outreachSummaryRows(db, eq(outreachTarget.id, row.id));
  if (!summary) throw outreachNotFound();
  return {
    ...toOutreachSummary(summary, today),
    personId: row.personId,
    sex: row.sex,
    ageText: row.ageText,
    address: row.address,
    raisedBy: row.raisedBy,
    raisedByAgencyId: row.raisedByAgencyId,
    raisedByAgencyName:
      row.raisedByAgencyId === null
        ? null
        : (findAgencyById(db, row.raisedByAgencyId)?.name ?? null),
    situation: row.situation,
    endedOn: row.endedOn,
    endReason: row.endReason,
    contacts: contactsOfTarget(db, row.id),
    editable: actor.role !== 'viewer' && row.stage !== 'transferred',
  };
}
