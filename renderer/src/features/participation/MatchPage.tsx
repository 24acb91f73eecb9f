import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { routes } from '../../app/routes';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { useLoaded } from '../caseDetail/useLoaded';
import { MatchScreen } from './MatchScreen';

/** One match (#/participation/matches/:id): read (an audited view) and shown. */
export function MatchPage({ id }: { id: number }) {
  const t = ja.matches;
  const load = useCallback(() => call('match.get', { id }), [id]);
  const { state, reload, set } = useLoaded(load);
  const writable = canWrite(useCurrentRole());

  if (state.kind === 'loading') {
    return (
      <Center mih={240}>
        <Loader color="teal" aria-label={t.loading} />
      </Center>
    );
  }
  if (state.kind === 'failed') {
    const missing = state.error.code === 'NOT_FOUND';
    return (
      <Alert color={missing ? 'gray' : 'red'} title={missing ? t.notFound : t.loadFailed} maw={720}>
        <Stack gap="sm" align="flex-start">
          {!missing && <Text fz="sm">{state.error.message}</Text>}
          {missing ? (
            <Anchor href={routes.matchList()}>{t.backToList}</Anchor>
          ) : (
            <Button variant="default" onClick={reload}>
              {t.retry}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <MatchScreen match={state.value} writable={writable} onChange={set} />;
}
