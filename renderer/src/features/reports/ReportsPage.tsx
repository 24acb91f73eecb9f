import { Anchor, Stack, Text } from '@mantine/core';
import type { SessionUser } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { ReportExportSection } from '../export/ReportExportSection';
import { ImportWizard } from '../import/ImportWizard';
import { PageHeader } from '../../components/PageHeader';

/**
 * 帳票・Excel (#/reports): a plain container of sections. Excel import is the first; the monthly
 * report and list exports are further sections of this page.
 */
export function ReportsPage({ user }: { user: SessionUser }) {
  const t = ja.excelImport;
  return (
    <Stack gap="lg" maw={1200}>
      <PageHeader title={ja.reportsPage.title} lead={ja.reportsPage.lead} />
      <SectionCard title={ja.dailyRecord.title} label={ja.dailyRecord.title}>
        <Text fz="sm" c="dimmed">
          {ja.dailyRecord.reportsLead}
        </Text>
        <Anchor href={routes.dailyRecord()} fz="sm">
          {ja.dailyRecord.open}
        </Anchor>
      </SectionCard>
      <ReportExportSection />
      <SectionCard title={t.title} label={t.title}>
        <Text fz="sm" c="dimmed">
          {t.lead}
        </Text>
        {user.role === 'viewer' ? (
          <Text fz="sm">{t.readOnly}</Text>
        ) : (
          <ImportWizard isAdmin={user.role === 'admin'} />
        )}
      </SectionCard>
    </Stack>
  );
}
