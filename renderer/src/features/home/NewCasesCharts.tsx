import { SimpleGrid } from '@mantine/core';
import type { MonthlyNewCases } from '../../../../electron/contract/schemas/dashboard';
import { ja } from '../../i18n/ja';
import { MonthlyBarChart } from './MonthlyBarChart';
import { fieldSeries, routeSeries, rowsByField, rowsByRoute } from './newCasesChartData';

/** New consultations per month of the 年度, by 相談分野 and by 相談経路 (loaded on demand). */
export function NewCasesCharts({ months }: { months: MonthlyNewCases[] }) {
  const t = ja.dashboard;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <MonthlyBarChart
        title={t.byField}
        note={t.byFieldNote}
        rows={rowsByField(months)}
        series={fieldSeries}
      />
      <MonthlyBarChart title={t.byRoute} rows={rowsByRoute(months)} series={routeSeries} />
    </SimpleGrid>
  );
}
