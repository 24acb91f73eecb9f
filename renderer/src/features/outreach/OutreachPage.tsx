import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import type { SessionUser } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { useLoaded } from '../caseDetail/useLoaded';
import { OutreachScreen } from './OutreachScreen';

/** One outreach target (#/outreach/:id): read (an audited view) and shown. */
export function OutreachPage({ id, user }: { id: number; user: SessionUser }) {
  const t = ja.outreach;
  const load = useCallback(() => call('outreach.get', { id }), [id]);
  const { state, reload, set } = useLoaded(load);

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
            <Anchor href={routes.outreachList()}>{t.backToList}</Anchor>
          ) : (
            <Button variant="default" onClick={reload}>
              {t.retry}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return <OutreachScreen target={state.value} user={user} onChange={set} />;
}
