import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { call } from '../../api/call';
import { meetingRoutes } from '../../app/meetingRoutes';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { useLoaded } from '../caseDetail/useLoaded';
import { MeetingScreen } from './MeetingScreen';

/**
 * 会議 (#/meetings/:id): reads the meeting (an audited view) and shows it; every save returns the
 * meeting as it now is and replaces it on screen.
 */
export function MeetingPage({ meetingId }: { meetingId: number }) {
  const t = ja.meetings.page;
  const load = useCallback(() => call('meeting.get', { id: meetingId }), [meetingId]);
  const { state, reload, set } = useLoaded(load);
  const role = useCurrentRole();

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
    const missing = state.error.code === 'NOT_FOUND';
    return (
      <Alert
        color={missing ? 'gray' : 'red'}
        title={missing ? t.notFound : t.loadFailed}
        role="alert"
        maw={720}
      >
        <Stack gap="sm" align="flex-start">
          <Text fz="sm">{state.error.message}</Text>
          {missing ? (
            <Anchor href={meetingRoutes.meetingList()}>{t.backToList}</Anchor>
          ) : (
            <Button variant="default" onClick={reload}>
              {t.retry}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  return (
    <MeetingScreen
      meeting={state.value}
      writable={canWrite(role) && state.value.editable}
      onChange={set}
    />
  );
}
