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
import { HomePage } from '../home/HomePage';
import { HouseholdNewPage } from '../household/HouseholdNewPage';
import { HouseholdPage } from '../household/HouseholdPage';
import { IntakePage } from '../intake/IntakePage';
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
    default:
      return <ComingSoonPage area={area} />;
  }
}
