import type { Db, ReadDb } from '../../../db/database';
import { personsOfHousehold } from '../../../db/repositories/personRepository';
import { plansOfCase } from '../../../db/repositories/supportPlanRepository';
import type { MeetingCaseView } from '../../contract/schemas/meeting';
import type { PrintedDocument } from '../../contract/schemas/print';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { buildCaseDetail } from '../cases/caseDetail';
import { caseNotFound } from '../cases/caseAccess';
import { toPersonView } from '../cases/householdViews';
import { findVisibleCase } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { buildPlanView } from '../plans/planView';
import type { HandoutCase } from './forms/meetingCaseSummaryHtml';
import {
  handoutCopyCount,
  meetingHandoutHtml,
  meetingHandoutTitle,
} from './forms/meetingHandoutHtml';
import { meetingNameText } from './forms/meetingParts';
import type { PrintOptions } from './printCaseDocument';
import { printMeetingDocument } from './printMeetingDocument';

/** How many of a case's latest 経過記録 the handout summarises. */
export const handoutNoteCount = 5;

/** The plan in force: the latest 確定 version, else the latest 案 (the one to approve), else none. */
function handoutPlan(db: ReadDb, caseId: number) {
  const versions = plansOfCase(db, caseId).map(({ plan }) => plan);
  const plan =
    versions.find((p) => p.status === 'confirmed') ?? versions.find((p) => p.status === 'draft');
  return plan === undefined ? null : buildPlanView(db, plan);
}

function handoutCase(
  db: ReadDb,
  actor: Actor,
  agenda: MeetingCaseView,
  today: string,
): HandoutCase {
  const row = findVisibleCase(db, actor, agenda.caseId);
  if (!row) throw caseNotFound();
  const detail = buildCaseDetail(db, row, today);
  return {
    agenda,
    detail,
    members: personsOfHousehold(db, row.householdId).map((p) => toPersonView(p, today)),
    plan: handoutPlan(db, row.id),
    recentNotes: detail.notes.slice(0, handoutNoteCount),
  };
}

/**
 * 会議資料 of a meeting: agenda and a summary per case the actor may see. A 支援会議's handout is
 * one numbered copy per attendee with the 守秘義務 notice; the audit row records the copies.
 */
export function printMeetingHandout(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'print.meetingHandout'>,
  options: PrintOptions = { format: 'html' },
): PrintedDocument {
  return printMeetingDocument(
    db,
    actor,
    clock,
    { meetingId: input.meetingId, action: 'print.meetingHandout', options },
    ({ db: tx, meeting, ctx, today }) => {
      const cases = meeting.cases.map((agenda) => handoutCase(tx, actor, agenda, today));
      return {
        document: {
          title: `${meetingHandoutTitle}（${meetingNameText(meeting)}）`,
          html: meetingHandoutHtml({ meeting, cases }, ctx, { initials: input.initials }),
        },
        auditDetail: { copies: handoutCopyCount(meeting), initials: input.initials },
      };
    },
  );
}
