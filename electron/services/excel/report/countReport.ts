import type { ReadDb } from '../../../../db/database';
import {
  communityActivities,
  matchesActiveAt,
  matchesStarted,
  meetingsHeld,
  outreachContacts,
} from '../../../../db/repositories/activityReportQueries';
import {
  casesOpenAt,
  closedCases,
  coordinationStarted,
  newCasesByField,
  newCasesByRoute,
  newMultiFieldCases,
  notesInSpan,
  plansConfirmed,
} from '../../../../db/repositories/caseReportQueries';
import { fieldCodeNames, routeCodeNames, zeroCounts, type ReportCounts } from './reportCodes';
import { japanDayStartUtc, nextDay, type Period } from './reportPeriod';

/**
 * Every code of the monthly report counted over one period (issue 7's table): what was opened,
 * closed, held or contacted between its first and last day (Japanese dates; plan confirmations,
 * stored as UTC instants, by their Japan-time day). Stock figures — 継続相談 at the period's
 * start, 参加中・定着 and their hosts at its end — follow the same period. All cases count,
 * restricted or not: the report holds numbers only.
 */
export function countReport(db: ReadDb, period: Period): ReportCounts {
  const counts = zeroCounts();
  for (const { route, n } of newCasesByRoute(db, period)) {
    counts[`consultations.new.route.${routeCodeNames[route]}`] += n;
    counts['consultations.new'] += n;
  }
  for (const { field, n } of newCasesByField(db, period)) {
    counts[`consultations.new.field.${fieldCodeNames[field]}`] += n;
  }
  counts['consultations.new.multi_field'] = newMultiFieldCases(db, period);
  counts['consultations.continuing'] = casesOpenAt(db, period.from);
  counts['consultations.closed'] = closedCases(db, period);
  counts['contacts.total'] = notesInSpan(db, period, nextDay(period.to));
  counts['coordination.new'] = coordinationStarted(db, period);

  const plans = plansConfirmed(
    db,
    japanDayStartUtc(period.from),
    japanDayStartUtc(nextDay(period.to)),
  );
  counts['plans.new'] = plans.first;
  counts['plans.revised'] = plans.revised;

  const shien = meetingsHeld(db, 'shien', period);
  counts['meetings.shien.held'] = shien.held;
  counts['meetings.shien.cases'] = shien.cases;
  const jusou = meetingsHeld(db, 'jusou', period);
  counts['meetings.jusou.held'] = jusou.held;
  counts['meetings.jusou.cases'] = jusou.cases;

  const outreach = outreachContacts(db, period);
  counts['outreach.people'] = outreach.people;
  counts['outreach.contacts'] = outreach.contacts;

  counts['participation.matches.new'] = matchesStarted(db, period);
  const active = matchesActiveAt(db, period.to);
  counts['participation.active'] = active.matches;
  counts['participation.hosts'] = active.hosts;

  const community = communityActivities(db, period);
  counts['community.activities'] = community.activities;
  counts['community.participants'] = community.participants;
  return counts;
}
