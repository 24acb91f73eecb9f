import { Stack, Text, useMantineTheme } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartRow, ChartSeries } from './newCasesChartData';

type Props = { title: string; note?: string; rows: ChartRow[]; series: ChartSeries[] };

/**
 * Counts per month stacked by series. Only this file imports recharts, and only the lazily
 * loaded chart module imports this file, so the charts stay out of the first screen's code.
 */
export function MonthlyBarChart({ title, note, rows, series }: Props) {
  const theme = useMantineTheme();
  const color = (name: string) => theme.colors[name]?.[6] ?? theme.colors.gray[6];
  // Legend and tooltip list the series in code order (recharts sorts by label otherwise).
  const order = (item: { dataKey?: unknown }) => series.findIndex((s) => s.key === item.dataKey);
  return (
    <Stack gap={4} role="figure" aria-label={title}>
      <Text fw={700} fz="sm">
        {title}
      </Text>
      {note && (
        <Text fz="xs" c="dimmed">
          {note}
        </Text>
      )}
      <BarChart
        data={rows}
        responsive
        style={{ width: '100%', height: 260 }}
        margin={{ top: 8, right: 8, left: -16, bottom: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip itemSorter={order} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={order} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="month"
            fill={color(s.color)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Stack>
  );
}
