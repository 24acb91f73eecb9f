import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { auditJa } from '../../i18n/auditJa';
import { useCurrentRole } from '../caseDetail/useCurrentRole';
import { deliverExport } from '../export/deliverExport';
import { AuditChainCheck } from './AuditChainCheck';
import { AuditFilterBar } from './AuditFilterBar';
import { auditFiltersFrom, emptyAuditFilters, type AuditFilterValues } from './auditFilterValues';
import { AuditTable } from './AuditTable';

type More = { key: string; rows: AuditRowView[]; nextBefore: number | null };

/** 監査ログ (#/admin/audit, 管理者 only): filter, page by key, export to Excel, check the chain. */
export function AuditLogPage() {
  const t = auditJa;
  const role = useCurrentRole();
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilters);
  const filters = auditFiltersFrom(values);
  const key = JSON.stringify(filters);
  const first = useCallData('audit.list', { filters, limit: 50 });
  // Pages after the first, for these filters only (other filters start again from the top).
  const [more, setMore] = useState<More | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const extra = more?.key === key ? more : null;
  const rows = [...(first.data?.rows ?? []), ...(extra?.rows ?? [])];
  const nextBefore = extra ? extra.nextBefore : (first.data?.nextBefore ?? null);

  const loadMore = async (before: number) => {
    setBusy(true);
    setError(null);
    try {
      const page = await call('audit.list', { filters, before, limit: 50 });
      setMore({ key, rows: [...(extra?.rows ?? []), ...page.rows], nextBefore: page.nextBefore });
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  const exportXlsx = async () => {
    setError(null);
    try {
      deliverExport(await call('audit.export', { filters }));
    } catch (thrown) {
      setError(asApiError(thrown).message);
    }
  };

  if (role !== null && role !== 'admin') {
    return (
      <Alert color="gray" maw={720} role="alert">
        {t.forbidden}
      </Alert>
    );
  }
  return (
    <Stack gap="md" maw={1200}>
      <Anchor href={routes.admin()} fz="sm">
        {t.back}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Title order={1} fz={26}>
          {t.title}
        </Title>
        <Group gap="xs" align="flex-start">
          <Button variant="default" onClick={() => void exportXlsx()}>
            {t.exportXlsx}
          </Button>
          <AuditChainCheck />
        </Group>
      </Group>
      <Text fz="sm" c="dimmed">
        {t.lead}
      </Text>
      <Paper withBorder p="md">
        <AuditFilterBar onApply={setValues} />
      </Paper>
      <ErrorAlert message={error ?? first.error?.message ?? null} />
      {first.loading && <Loader color="teal" size="sm" />}
      {!first.loading && first.data && rows.length === 0 && <Text>{t.empty}</Text>}
      {rows.length > 0 && (
        <>
          <Text fz="sm" c="dimmed">
            {t.shown(rows.length)}
          </Text>
          <AuditTable rows={rows} />
          {nextBefore !== null && (
            <Button variant="default" loading={busy} onClick={() => void loadMore(nextBefore)}>
              {t.more}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
