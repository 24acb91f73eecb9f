import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { useCallData } from '../../components/data/useCallData';
import { todayInJapan } from '../../components/dateInput/dateText';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { PrintPreviewModal } from '../print/PrintPreviewModal';
import { DailyNotesTable } from './DailyNotesTable';
import { DailyContactsTable, DailyIntakesTable, DailyMeetingsTable } from './DailyOtherTables';
import { DailyRecordFilter } from './DailyRecordFilter';

type Props = {
  /** The day (ISO); null: today in Japan. */
  date: string | null;
  /** Whose day; null: the whole office. */
  staffId: number | null;
};

const weekday = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'Asia/Tokyo' });

/**
 * 一日の相談記録 (#/reports/daily): what one staff member — or the whole office — recorded on a
 * day, across cases: 経過記録 by time, 相談受付, アウトリーチ and 会議, as a 係長 reads them at the
 * end of the day; 印刷 gives the same as an A4 document. Every opening is audited.
 */
export function DailyRecordPage({ date, staffId }: Props) {
  const t = ja.dailyRecord;
  const day = date ?? todayInJapan();
  const { data, error } = useCallData('dailyRecord.get', { date: day, staffId });
  const [printing, setPrinting] = useState(false);
  const minutes = (data?.notes ?? []).reduce(
    (sum, n) => sum + (n.withdrawn ? 0 : (n.minutes ?? 0)),
    0,
  );
  const dayText = `${formatIsoWareki(day)}（${weekday.format(new Date(`${day}T12:00:00+09:00`))}）`;

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={t.title} lead={t.lead} />
      <DailyRecordFilter date={day} staffId={staffId} onPrint={() => setPrinting(true)} />
      {error && (
        <Alert color="red" title={t.loadFailed} role="alert">
          {error.message}
        </Alert>
      )}
      {data === null ? (
        !error && <Loader color="teal" aria-label={t.loading} />
      ) : (
        <>
          <Stack gap={2}>
            <Text fw={700} fz="lg" data-testid="daily-heading">
              {t.heading(dayText, data.staffName ?? t.office)}
            </Text>
            <Text fz="sm" data-testid="daily-counts">
              {t.counts(
                data.notes.length,
                minutes,
                data.intakes.length,
                data.contacts.length,
                data.meetings.length,
              )}
            </Text>
          </Stack>
          <SectionCard title={t.section(t.notes, data.notes.length)} label={t.notes}>
            <DailyNotesTable notes={data.notes} />
          </SectionCard>
          <SectionCard title={t.section(t.intakes, data.intakes.length)} label={t.intakes}>
            <DailyIntakesTable intakes={data.intakes} />
          </SectionCard>
          <SectionCard title={t.section(t.contacts, data.contacts.length)} label={t.contacts}>
            <DailyContactsTable contacts={data.contacts} />
          </SectionCard>
          <SectionCard title={t.section(t.meetings, data.meetings.length)} label={t.meetings}>
            <DailyMeetingsTable meetings={data.meetings} />
          </SectionCard>
        </>
      )}
      {printing && (
        <PrintPreviewModal
          request={{ form: 'dailyRecord', date: day, staffId }}
          onClose={() => setPrinting(false)}
        />
      )}
    </Stack>
  );
}
