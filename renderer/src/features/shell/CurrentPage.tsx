import type { SessionUser } from '../../../../electron/contract';
import type { Area } from '../../app/areas';
import { parseRoute } from '../../app/routes';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice';
import { ja } from '../../i18n/ja';
import { AdminPage } from '../admin/AdminPage';
import { AgencyDirectoryPage } from '../agencies/AgencyDirectoryPage';
import { ComingSoonPage } from '../areas/ComingSoonPage';
import { CaseDetailPage } from '../caseDetail/CaseDetailPage';
import { CaseListPage } from '../cases/CaseListPage';
import { ActivityListPage } from '../community/ActivityListPage';
import { HomePage } from '../home/HomePage';
import { HouseholdNewPage } from '../household/HouseholdNewPage';
import { HouseholdPage } from '../household/HouseholdPage';
import { IntakePage } from '../intake/IntakePage';
import { MeetingNewPage } from '../meetings/MeetingNewPage';
import { MeetingPage } from '../meetings/MeetingPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { OutreachListPage } from '../outreach/OutreachListPage';
import { OutreachNewPage } from '../outreach/OutreachNewPage';
import { OutreachPage } from '../outreach/OutreachPage';
import { FindResourcesPage } from '../participation/FindResourcesPage';
import { MatchListPage } from '../participation/MatchListPage';
import { MatchPage } from '../participation/MatchPage';
import { ResourceDirectoryPage } from '../participation/ResourceDirectoryPage';
import { ReportsPage } from '../reports/ReportsPage';
import { SearchPage } from '../search/SearchPage';

type Props = { hash: string; area: Area; user: SessionUser };

/** The page the hash names inside the current area (pages are keyed so each opens fresh). */
export function CurrentPage({ hash, area, user }: Props) {
  const route = parseRoute(hash);
  switch (route.page) {
    case 'caseList':
      return <CaseListPage canWrite={user.role !== 'viewer'} />;
    case 'intake':
      return <IntakePage key={hash} user={user} personId={route.personId} />;
    case 'caseDetail':
      return <CaseDetailPage key={route.id} caseId={route.id} />;
    case 'householdNew':
      return user.role === 'viewer' ? (
        <ReadOnlyNotice title={ja.household.newTitle} message={ja.list.readOnly} />
      ) : (
        <HouseholdNewPage key={hash} />
      );
    case 'household':
      return <HouseholdPage key={route.id} householdId={route.id} user={user} />;
    case 'search':
      return <SearchPage q={route.q} />;
    case 'meetingNew':
      return user.role === 'viewer' ? (
        <ReadOnlyNotice title={ja.meetings.form.newTitle} message={ja.list.readOnly} />
      ) : (
        <MeetingNewPage key={hash} kind={route.kind} caseId={route.caseId} />
      );
    case 'meeting':
      return <MeetingPage key={route.id} meetingId={route.id} />;
    case 'outreachNew':
      return <OutreachNewPage key={hash} user={user} />;
    case 'outreach':
      return <OutreachPage key={route.id} id={route.id} user={user} />;
    case 'resources':
      return <ResourceDirectoryPage />;
    case 'match':
      return <MatchPage key={route.id} id={route.id} />;
    case 'findResources':
      return <FindResourcesPage key={hash} personId={route.personId} caseId={route.caseId} />;
    case 'area':
      break;
  }
  switch (area.id) {
    case 'home':
      return <HomePage user={user} />;
    case 'agencies':
      return <AgencyDirectoryPage />;
    case 'admin':
      return <AdminPage />;
    case 'meetings':
      return <MeetingsPage canWrite={user.role !== 'viewer'} />;
    case 'outreach':
      return <OutreachListPage user={user} />;
    case 'participation':
      return <MatchListPage />;
    case 'community':
      return <ActivityListPage />;
    case 'reports':
      return <ReportsPage user={user} />;
    default:
      return <ComingSoonPage area={area} />;
  }
}
