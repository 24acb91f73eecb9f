import type { DuePlanPage } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { ReminderCard } from '../../components/ReminderCard';
import { ja } from '../../i18n/ja';
import { DuePlansTable } from './DuePlansTable';

/** ホーム: the plans due longest, how many there are, and the way to all of them (支援プラン). */
export function DuePlansCard({ due }: { due: DuePlanPage }) {
  const t = ja.plans;
  return (
    <ReminderCard
      title={t.dueTitle}
      shown={due.rows.length}
      total={due.total}
      atLeast={due.totalIsLowerBound}
      href={routes.plans()}
      linkLabel={t.dueAll}
    >
      <DuePlansTable plans={due.rows} />
    </ReminderCard>
  );
}
