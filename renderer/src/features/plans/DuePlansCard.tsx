import type { DuePlanPage } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { SectionCard } from '../../components/SectionCard';
import { MoreRowsLink } from '../../components/table/MoreRowsLink';
import { ja } from '../../i18n/ja';
import { DuePlansTable } from './DuePlansTable';

/** ホーム: the plans due longest, how many there are, and the way to all of them (支援プラン). */
export function DuePlansCard({ due }: { due: DuePlanPage }) {
  const t = ja.plans;
  const count = due.totalIsLowerBound ? ja.list.totalAtLeast(due.total) : ja.list.total(due.total);
  return (
    <SectionCard title={`${t.dueTitle}（${count}）`} label={t.dueTitle}>
      <DuePlansTable plans={due.rows} />
      <MoreRowsLink
        shown={due.rows.length}
        total={due.total}
        atLeast={due.totalIsLowerBound}
        href={routes.plans()}
        label={t.dueAll}
      />
    </SectionCard>
  );
}
