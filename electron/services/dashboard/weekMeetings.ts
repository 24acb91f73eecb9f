import type { ReadDb } from '../../../db/database';
import { meetingsBetween } from '../../../db/repositories/dashboardQueries';
import type { HomeDashboard } from '../../contract/schemas/dashboard';
import { addDays } from '../plans/planDates';
import { getSettings } from '../settings/settingsService';

/** Monday and Sunday of the week holding `today` (an ISO date in Japan). */
export function weekOf(today: string): { monday: string; sunday: string } {
  const weekday = new Date(`${today}T00:00:00.000Z`).getUTCDay();
  const monday = addDays(today, -((weekday + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

/**
 * Meetings planned or held from Monday to Sunday of this week (not 中止), with how many cases
 * are on each agenda (a count: restricted cases are never named here), by the office's kind names.
 */
export function meetingsThisWeek(db: ReadDb, today: string): HomeDashboard['meetingsThisWeek'] {
  const { monday, sunday } = weekOf(today);
  const names = getSettings(db).meetingKindNames;
  return meetingsBetween(db, monday, sunday).map((row) => ({ ...row, kindName: names[row.kind] }));
}
