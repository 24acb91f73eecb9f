import type { ReadDb } from '../../../../db/database';
import {
  communityActivities,
  matchesActiveAt,
  matchesStarted,
  meetingsHeld,
  outreachContacts,
} from '../../../../db/repositories/activityReportQueries';
import {
  closedCases,
  coordinationStarted,
  newCasesByField,
  newCasesByRoute,
  newMultiFieldCases,
  notesInSpan,
  plansConfirmed,
} from '../../../../db/repositories/caseReportQueries';
import {
  consultationPersons,
  continuingCases,
  continuingPersons,
  newPersons,
  suspendedCases,
} from '../../../../db/repositories/consultationReportQueries';
import { meetingKinds } from '../../../contract/meetingCodes';
import { fieldCodeNames, routeCodeNames, zeroCounts, type ReportCounts } from './reportCodes';
import { japanDayStartUtc, monthStarts, nextDay, type Period } from './reportPeriod';

/**
 * Every code of the monthly report counted over one period (a month, or a 年度 to date), each
 * under the one definition reportCodes states: what was opened, closed, suspended, held or
 * contacted between its first and last day (Japanese dates; plan confirmations, stored as UTC
 * instants, by their Japan-time day); 継続 month by month (a 年度's 延べ is the sum of its
 * months); 実人数 as distinct people. 参加中・定着 and their hosts are as at the period's end.
 * All cases count, restricted or not: the report holds numbers only.
 */
export function countReport(db: ReadDb, period: Period): ReportCounts {
  const counts = zeroCounts();
  countConsultations(db, period, counts);
  counts['contacts.total'] = notesInSpan(db, period, nextDay(period.to));
  counts['coordination.new'] = coordinationStarted(db, period);

  const plans = plansConfirmed(
    db,
    japanDayStartUtc(period.from),
    japanDayStartUtc(nextDay(period.to)),
  );
  counts['plans.new'] = plans.first;
  counts['plans.revised'] = plans.revised;

  for (const kind of meetingKinds.codes) {
    const held = meetingsHeld(db, kind, period);
    counts[`meetings.${kind}.held`] = held.held;
    counts[`meetings.${kind}.cases`] = held.cases;
  }

  const outreach = outreachContacts(db, period);
  counts['outreach.people'] = outreach.people;
  counts['outreach.people.met'] = outreach.peopleMet;
  counts['outreach.contacts'] = outreach.contacts;
  for (const { result, n } of outreach.byResult) counts[`outreach.contacts.${result}`] = n;

  counts['participation.matches.new'] = matchesStarted(db, period);
  const active = matchesActiveAt(db, period.to);
  counts['participation.active'] = active.matches;
  counts['participation.hosts'] = active.hosts;

  const community = communityActivities(db, period);
  counts['community.activities'] = community.activities;
  counts['community.participants'] = community.participants;
  return counts;
}

/** 新規 by 経路 and 分野, 継続, 実人数, 終結 and 中断. */
function countConsultations(db: ReadDb, period: Period, counts: ReportCounts): void {
  for (const { route, n } of newCasesByRoute(db, period)) {
    counts[`consultations.new.route.${routeCodeNames[route]}`] += n;
    counts['consultations.new'] += n;
  }
  for (const { field, n } of newCasesByField(db, period)) {
    counts[`consultations.new.field.${fieldCodeNames[field]}`] += n;
  }
  counts['consultations.new.multi_field'] = newMultiFieldCases(db, period);
  counts['consultations.new.persons'] = newPersons(db, period);

  const starts = monthStarts(period);
  counts['consultations.continuing.cases'] = starts.reduce(
    (sum, start) => sum + continuingCases(db, start),
    0,
  );
  counts['consultations.continuing.persons'] = continuingPersons(db, starts);
  counts['consultations.persons'] = consultationPersons(db, period, starts);
  counts['consultations.closed'] = closedCases(db, period);
  counts['consultations.suspended'] = suspendedCases(db, period);
}
