import { Center, Loader, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { MonthlyNewCases } from '../../../../electron/contract/schemas/dashboard';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { fiscalYearLabel } from '../community/fiscalYear';
import { yearTotal } from './newCasesChartData';

// recharts is large: the charts load on first use, after the rest of ホーム is on screen.
const NewCasesCharts = lazy(async () => {
  const module = await import('./NewCasesCharts');
  return { default: module.NewCasesCharts };
});

type Props = { fiscalYear: number; months: MonthlyNewCases[] };

/** ホーム: new consultations per month of this 年度, by 相談分野 and by 相談経路. */
export function NewCasesCard({ fiscalYear, months }: Props) {
  const t = ja.dashboard;
  const title = t.chartsTitle(fiscalYearLabel(fiscalYear));
  const total = yearTotal(months);
  return (
    <SectionCard
      title={title}
      label={title}
      action={
        <Text fz="sm" c="dimmed" data-testid="new-cases-total">
          {t.yearTotal(total)}
        </Text>
      }
    >
      {total === 0 ? (
        <Text c="dimmed">{t.noNewCases}</Text>
      ) : (
        <Suspense
          fallback={
            <Center mih={260}>
              <Loader color="teal" aria-label={t.chartLoading} />
            </Center>
          }
        >
          <NewCasesCharts months={months} />
        </Suspense>
      )}
    </SectionCard>
  );
}
