import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MeetingKind } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { meetingRoutes } from '../../app/meetingRoutes';
import { navigate } from '../../app/routes';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { emptyMeetingValues, meetingHeaderFrom } from './meetingFormValues';
import { MeetingHeaderForm } from './MeetingHeaderForm';

type Props = { kind: MeetingKind | null; caseId: number | null };

/**
 * 新しい会議 (#/meetings/new): the header, then the meeting screen. Opened from a refusal at a
 * 重層的支援会議 it starts as a 支援会議 and puts that case on the new agenda once created.
 */
export function MeetingNewPage({ kind, caseId }: Props) {
  const t = ja.meetings.form;

  const create = async (values: Parameters<typeof meetingHeaderFrom>[0]) => {
    const meeting = await call('meeting.create', meetingHeaderFrom(values));
    notifications.show({ color: 'teal', message: t.created });
    if (caseId !== null) {
      // The meeting exists either way; a refusal is shown and the agenda can be fixed there.
      try {
        const added = await call('meeting.addCase', { meetingId: meeting.id, caseId });
        const caseNumber = added.cases.find((c) => c.caseId === caseId)?.caseNumber ?? '';
        notifications.show({ color: 'teal', message: t.caseAdded(caseNumber) });
      } catch (error) {
        notifications.show({ color: 'red', message: asApiError(error).message });
      }
    }
    navigate(meetingRoutes.meeting(meeting.id));
  };

  return (
    <Stack gap="md">
      <Title order={1} fz={26}>
        {t.newTitle}
      </Title>
      <MeetingHeaderForm
        initialValues={emptyMeetingValues(todayInJapan(), kind)}
        label={t.newTitle}
        submitLabel={t.create}
        onSubmit={create}
        onCancel={() => navigate(meetingRoutes.meetingList())}
        note={caseId === null ? undefined : t.caseToAdd}
      />
    </Stack>
  );
}
