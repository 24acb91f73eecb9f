import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { call } from '../../api/call';
import { useLiveReload } from '../../components/data/useLiveReload';
import { ja } from '../../i18n/ja';
import { CaseDetailView } from './CaseDetailView';
import { CaseNotFound } from './CaseNotFound';
import { canWrite, useCurrentRole } from './useCurrentRole';
import { useLoaded } from './useLoaded';

/**
 * ケース (#/cases/:id): reads the case (an audited view) and shows it; a missing case and one
 * hidden by 閲覧制限 both read 「ケースが見つかりません」.
 */
export function CaseDetailPage({ caseId }: { caseId: number }) {
  const t = ja.caseDetail;
  const load = useCallback(() => call('case.get', { id: caseId }), [caseId]);
  const { state, reload, set } = useLoaded(load);
  const role = useCurrentRole();
  // Another staff member's save on this case shows here within a moment (office server).
  useLiveReload((change) => change.caseId === caseId, reload);

  if (state.kind === 'loading') {
    return (
      <Center mih={240}>
        <Stack align="center" gap="xs">
          <Loader color="teal" />
          <Text c="dimmed">{t.loading}</Text>
        </Stack>
      </Center>
    );
  }
  if (state.kind === 'failed') {
    if (state.error.code === 'NOT_FOUND') return <CaseNotFound />;
    return (
      <Alert color="red" title={t.loadFailed} role="alert" maw={720}>
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">{state.error.message}</Text>
          <Button variant="default" onClick={reload}>
            {t.retry}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <CaseDetailView detail={state.value} writable={canWrite(role)} onChange={set} />;
}
