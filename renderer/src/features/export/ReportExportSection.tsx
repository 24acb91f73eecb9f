import { Alert, Button, Group, Loader, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { SectionCard } from '../../components/SectionCard';
import {
  partialMonthWarning,
  reportMonthState,
} from '../../../../electron/contract/reportMonthState';
import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { ja } from '../../i18n/ja';
import { deliverExport } from './deliverExport';
import {
  currentMonthInJapan,
  fiscalYearSpan,
  monthOf,
  previousMonthInJapan,
  reportYears,
  warekiOfMonth,
  warekiOfYear,
} from './reportMonths';

/**
 * 月次実績報告 on the 帳票・Excel page: a month in 和暦 (last month unless changed), then the
 * workbook built on the main side — saved through the desktop's dialog, or downloaded in a
 * browser. The month now running can be chosen, under a warning and a button that says it
 * exports 集計途中 (the service refuses it otherwise). Self-contained: the page mounts it.
 */
export function ReportExportSection() {
  const t = ja.excelExport;
  const now = new Date();
  const [month, setMonth] = useState(() => previousMonthInJapan(now));
  const [busy, setBusy] = useState(false);
  const current = currentMonthInJapan(now);
  const state = reportMonthState(month, now);
  const year = Number(month.slice(0, 4));
  const yearOptions = reportYears(now).map((y) => ({
    value: String(y),
    label: t.yearOption(warekiOfYear(y), y),
  }));
  const monthOptions = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: t.monthOption(i + 1),
    // A month not yet begun has nothing to report.
    disabled: monthOf(year, i + 1) > current,
  }));

  const setYear = (value: string | null) => {
    if (value === null) return;
    const next = monthOf(Number(value), Number(month.slice(5)));
    setMonth(next > current ? current : next);
  };
  const run = async () => {
    setBusy(true);
    try {
      deliverExport(await call('export.report', { month, allowPartial: state !== 'ended' }));
    } catch (error) {
      notifications.show({ color: 'red', title: t.failed, message: asApiError(error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <SectionCard title={t.reportTitle} label={t.reportTitle}>
      <Text fz="sm" c="dimmed">
        {t.reportLead}
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t.year}
          data={yearOptions}
          value={String(year)}
          onChange={setYear}
          allowDeselect={false}
          w={200}
          disabled={busy}
        />
        <Select
          label={t.month}
          data={monthOptions}
          value={String(Number(month.slice(5)))}
          onChange={(value) => value !== null && setMonth(monthOf(year, Number(value)))}
          allowDeselect={false}
          w={110}
          disabled={busy}
        />
        <Button
          onClick={() => void run()}
          loading={busy}
          color={state === 'ended' ? undefined : 'orange'}
        >
          {state === 'ended' ? t.exportReport : t.exportPartialReport}
        </Button>
      </Group>
      <Text fw={700} data-testid="report-period">
        {t.period(warekiOfMonth(month), fiscalYearSpan(month))}
      </Text>
      {state !== 'ended' && (
        <Alert color="orange" variant="light" title={t.partialTitle} role="alert">
          {partialMonthWarning(state, warekiOfMonth(month), formatWarekiDate(now))}
        </Alert>
      )}
      {busy ? (
        <Group gap="xs" role="status">
          <Loader size="xs" color="teal" />
          <Text fz="sm">{t.building}</Text>
        </Group>
      ) : (
        <Text fz="xs" c="dimmed">
          {t.audited}
        </Text>
      )}
    </SectionCard>
  );
}
