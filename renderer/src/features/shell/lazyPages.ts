import { lazy } from 'react';

// Every page but ホーム loads on first use: the first screen comes up with only the shell's code,
// and the print preview and the Excel wizards (in the case and 帳票・Excel pages) load when opened.

export const ActivityListPage = lazy(async () => ({
  default: (await import('../community/ActivityListPage')).ActivityListPage,
}));
export const AdminPage = lazy(async () => ({
  default: (await import('../admin/AdminPage')).AdminPage,
}));
export const AgencyDirectoryPage = lazy(async () => ({
  default: (await import('../agencies/AgencyDirectoryPage')).AgencyDirectoryPage,
}));
export const AuditLogPage = lazy(async () => ({
  default: (await import('../audit/AuditLogPage')).AuditLogPage,
}));
export const CaseDetailPage = lazy(async () => ({
  default: (await import('../caseDetail/CaseDetailPage')).CaseDetailPage,
}));
export const CaseListPage = lazy(async () => ({
  default: (await import('../cases/CaseListPage')).CaseListPage,
}));
export const FindResourcesPage = lazy(async () => ({
  default: (await import('../participation/FindResourcesPage')).FindResourcesPage,
}));
export const HouseholdNewPage = lazy(async () => ({
  default: (await import('../household/HouseholdNewPage')).HouseholdNewPage,
}));
export const HouseholdPage = lazy(async () => ({
  default: (await import('../household/HouseholdPage')).HouseholdPage,
}));
export const IntakePage = lazy(async () => ({
  default: (await import('../intake/IntakePage')).IntakePage,
}));
export const MatchListPage = lazy(async () => ({
  default: (await import('../participation/MatchListPage')).MatchListPage,
}));
export const MatchPage = lazy(async () => ({
  default: (await import('../participation/MatchPage')).MatchPage,
}));
export const MeetingNewPage = lazy(async () => ({
  default: (await import('../meetings/MeetingNewPage')).MeetingNewPage,
}));
export const MeetingPage = lazy(async () => ({
  default: (await import('../meetings/MeetingPage')).MeetingPage,
}));
export const MeetingsPage = lazy(async () => ({
  default: (await import('../meetings/MeetingsPage')).MeetingsPage,
}));
export const OutreachListPage = lazy(async () => ({
  default: (await import('../outreach/OutreachListPage')).OutreachListPage,
}));
export const OutreachNewPage = lazy(async () => ({
  default: (await import('../outreach/OutreachNewPage')).OutreachNewPage,
}));
export const OutreachPage = lazy(async () => ({
  default: (await import('../outreach/OutreachPage')).OutreachPage,
}));
export const PlansPage = lazy(async () => ({
  default: (await import('../plans/PlansPage')).PlansPage,
}));
export const ReportsPage = lazy(async () => ({
  default: (await import('../reports/ReportsPage')).ReportsPage,
}));
export const ResourceDirectoryPage = lazy(async () => ({
  default: (await import('../participation/ResourceDirectoryPage')).ResourceDirectoryPage,
}));
export const SearchPage = lazy(async () => ({
  default: (await import('../search/SearchPage')).SearchPage,
}));
export const DailyRecordPage = lazy(async () => ({
  default: (await import('../dailyRecord/DailyRecordPage')).DailyRecordPage,
}));
