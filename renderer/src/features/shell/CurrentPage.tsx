import type { SessionUser } from '../../../../electron/contract';
import type { Area } from '../../app/areas';
import { parseRoute } from '../../app/routes';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ja } from '../../i18n/ja';
import { HomePage } from '../home/HomePage';
import * as pages from './lazyPages';

type Props = { hash: string; area: Area; user: SessionUser };

/** The page the hash names inside the current area (pages are keyed so each opens fresh). */
export function CurrentPage({ hash, area, user }: Props) {
  const route = parseRoute(hash);
  switch (route.page) {
    case 'caseList':
      return <pages.CaseListPage canWrite={user.role !== 'viewer'} />;
    case 'intake':
      return <pages.IntakePage key={hash} user={user} personId={route.personId} />;
    case 'caseDetail':
      return <pages.CaseDetailPage key={route.id} caseId={route.id} />;
    case 'householdNew':
      return user.role === 'viewer' ? (
        <ReadOnlyNotice title={ja.household.newTitle} message={ja.list.readOnly} />
      ) : (
        <pages.HouseholdNewPage key={hash} />
      );
    case 'household':
      return <pages.HouseholdPage key={route.id} householdId={route.id} user={user} />;
    case 'search':
      return <pages.SearchPage q={route.q} />;
    case 'meetingNew':
      return user.role === 'viewer' ? (
        <ReadOnlyNotice title={ja.meetings.form.newTitle} message={ja.list.readOnly} />
      ) : (
        <pages.MeetingNewPage key={hash} kind={route.kind} caseId={route.caseId} />
      );
    case 'meeting':
      return <pages.MeetingPage key={route.id} meetingId={route.id} />;
    case 'outreachNew':
      return <pages.OutreachNewPage key={hash} user={user} />;
    case 'outreach':
      return <pages.OutreachPage key={route.id} id={route.id} user={user} />;
    case 'resources':
      return <pages.ResourceDirectoryPage />;
    case 'match':
      return <pages.MatchPage key={route.id} id={route.id} />;
    case 'auditLog':
      return <pages.AuditLogPage />;
    case 'dailyRecord':
      return (
        <pages.DailyRecordPage
          key={hash}
          date={route.date}
          staffId={route.staffId === undefined ? user.staffId : route.staffId}
        />
      );
    case 'findResources':
      return <pages.FindResourcesPage key={hash} personId={route.personId} caseId={route.caseId} />;
    case 'area':
      break;
  }
  switch (area.id) {
    case 'home':
      return <HomePage user={user} />;
    case 'agencies':
      return <pages.AgencyDirectoryPage />;
    case 'admin':
      return <pages.AdminPage />;
    case 'meetings':
      return <pages.MeetingsPage canWrite={user.role !== 'viewer'} />;
    case 'outreach':
      return <pages.OutreachListPage user={user} />;
    case 'participation':
      return <pages.MatchListPage />;
    case 'plans':
      return <pages.PlansPage user={user} />;
    case 'community':
      return <pages.ActivityListPage />;
    case 'reports':
      return <pages.ReportsPage user={user} />;
    case 'cases':
      return <pages.CaseListPage canWrite={user.role !== 'viewer'} />;
  }
}
