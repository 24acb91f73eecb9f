import { Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { toCaseListInput, type CaseListFilters } from '../cases/caseListFilters';
import { deliverExport } from './deliverExport';

type Props = { filters: CaseListFilters; total: number; disabled: boolean };

/**
 * 「Excel に出力」 on ケース一覧: exports what the list shows for its filters and order (the main
 * side applies the same filters and 閲覧制限), optionally with names as initials.
 */
export function CaseListExportButton({ filters, total, disabled }: Props) {
  const t = ja.excelExport;
  const [open, setOpen] = useState(false);
  const [initials, setInitials] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { limit: _limit, cursor: _cursor, ...list } = toCaseListInput(filters);
      const result = await call('export.cases', { filters: list, initials });
      const rows = result.status === 'cancelled' ? null : t.exportedRows(result.rows);
      if (deliverExport(result, rows ?? undefined)) setOpen(false);
    } catch (error) {
      notifications.show({ color: 'red', title: t.failed, message: asApiError(error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="default" disabled={disabled} onClick={() => setOpen(true)}>
        {t.casesButton}
      </Button>
      <Modal
        opened={open}
        onClose={() => !busy && setOpen(false)}
        title={t.casesTitle}
        centered
        size="md"
      >
        <Stack gap="md">
          <Text fz="sm">{total === 0 ? t.casesEmpty : t.casesLead(total)}</Text>
          <Checkbox
            label={t.initials}
            description={t.initialsHint}
            checked={initials}
            onChange={(event) => setInitials(event.currentTarget.checked)}
            disabled={busy}
          />
          <Text fz="xs" c="dimmed">
            {t.audited}
          </Text>
          <Group justify="flex-end" gap="sm">
            {busy && (
              <Group gap="xs" role="status" mr="auto">
                <Loader size="xs" color="teal" />
                <Text fz="sm">{t.building}</Text>
              </Group>
            )}
            <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
              {t.cancel}
            </Button>
            <Button onClick={() => void run()} loading={busy} disabled={total === 0}>
              {t.exportCases}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
