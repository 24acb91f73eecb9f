import type { Field, Route, Stage } from '../caseCodes';
import type { MeetingKind } from '../meetingCodes';
import type { DuePlanPage } from './plan';
import type { MatchSummary } from './participation';
import type { OutreachSummary } from './outreach';
import type { MyNextActions } from './nextAction';

/** One month of the 年度 (April first): new consultations by field and by route. */
export type MonthlyNewCases = {
  /** `YYYY-MM`. */
  month: string;
  total: number;
  byField: Record<Field, number>;
  byRoute: Record<Route, number>;
};

/** What a worker opens every morning (ホーム). */
/** A reminder list's most urgent rows, and how many rows the list holds in all. */
export type FirstRows<T> = { rows: T[]; total: number };

export type HomeDashboard = {
  /** The viewer's dated 次の対応: 今日の予定 and 期限切れ. */
  myNextActions: MyNextActions;
  /** The viewer's open cases (主担当 or 副担当) by stage. */
  myOpenCasesByStage: Partial<Record<Stage, number>>;
  /** The plans due longest, and how many are due (支援プラン lists them all). */
  duePlans: DuePlanPage;
  /** Meetings from Monday to Sunday of this week. */
  meetingsThisWeek: {
    id: number;
    kind: MeetingKind;
    kindName: string;
    title: string;
    heldOn: string;
    startTime: string | null;
    caseCount: number;
  }[];
  /** Open outreach with no contact for 30 days or more: the longest silent, and how many. */
  outreachWithoutContact: FirstRows<OutreachSummary>;
  /** Open matches with no follow-up for 30 days or more: the longest silent, and how many. */
  matchesWithoutFollowUp: FirstRows<MatchSummary>;
  /** This 年度, April to March (months after this one are zero). */
  fiscalYear: number;
  newCasesByMonth: MonthlyNewCases[];
};
