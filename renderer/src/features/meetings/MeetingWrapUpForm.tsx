import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingStatus, MeetingView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { meetingUpdateFrom } from './meetingFormValues';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { draftOr, useValuesDraft } from '../../components/drafts/useFormDraft';

type Props = { meeting: MeetingView; writable: boolean; onSaved: (meeting: MeetingView) => void };

/**
 * 開催の記録: 全体の協議・連絡事項, 次回開催予定日 and the status. 開催済にする saves what is typed
 * with the status in one update, so nothing typed is left behind.
 */
export function MeetingWrapUpForm({ meeting, writable, onSaved }: Props) {
  const t = ja.meetings.wrapUp;
  // What is typed survives leaving the meeting and a lock (draftStore.ts).
  const draftKey = `wrapUp:${meeting.id}`;
  const opened = {
    general: meeting.generalMinutes,
    next: textFromIso(meeting.nextMeetingOn),
    nextNote: meeting.nextMeetingNote,
  };
  // A draft kept before 次回予定 existed has no nextNote.
  const [initial] = useState(() =>
    draftOr<{ general: string; next: string; nextNote?: string }>(draftKey, opened),
  );
  const [general, setGeneral] = useState(initial.general);
  const [next, setNext] = useState(initial.next);
  const [nextNote, setNextNote] = useState(initial.nextNote ?? meeting.nextMeetingNote);
  const draft = useValuesDraft(draftKey, { general, next, nextNote }, opened);
  const [saved, setSaved] = useState({
    general: meeting.generalMinutes,
    next: meeting.nextMeetingOn,
    nextNote: meeting.nextMeetingNote,
  });
  const [busy, setBusy] = useState<MeetingStatus | 'save' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nextError = dateTextError(next);
  const dirty =
    general !== saved.general ||
    isoFromText(next) !== saved.next ||
    nextNote.trim() !== saved.nextNote;

  const save = async (status?: MeetingStatus) => {
    if (nextError !== null || busy !== null) return;
    setBusy(status ?? 'save');
    setError(null);
    const sent = { general, next: isoFromText(next), nextNote: nextNote.trim() };
    try {
      const updated = await call(
        'meeting.update',
        meetingUpdateFrom(meeting, {
          generalMinutes: sent.general,
          nextMeetingOn: sent.next,
          nextMeetingNote: sent.nextNote,
          ...(status === undefined ? {} : { status }),
        }),
      );
      draft.drop({ general: sent.general, next: textFromIso(sent.next), nextNote: sent.nextNote });
      setSaved(sent);
      notifications.show({ color: 'teal', message: status === 'held' ? t.markedHeld : t.saved });
      onSaved(updated);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <SectionCard
      title={t.title}
      label={t.title}
      action={<MeetingStatusBadge status={meeting.status} />}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={submitOnCtrlEnter}
        noValidate
        aria-label={t.title}
      >
        <Stack gap="sm">
          <Textarea
            label={t.general}
            description={t.generalHint}
            autosize
            minRows={3}
            maxRows={16}
            value={general}
            readOnly={!writable}
            onChange={(e) => setGeneral(e.currentTarget.value)}
          />
          <JapaneseDateInput
            label={t.next}
            w={240}
            value={next}
            readOnly={!writable}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={nextError}
          />
          <TextInput
            label={t.nextNote}
            value={nextNote}
            readOnly={!writable}
            onChange={(e) => setNextNote(e.currentTarget.value)}
          />
          <ErrorAlert message={error} />
          {writable && (
            <Group justify="space-between" gap="sm">
              <Group gap="sm">
                {meeting.status !== 'held' && (
                  <Button color="teal" loading={busy === 'held'} onClick={() => void save('held')}>
                    {t.markHeld}
                  </Button>
                )}
                {meeting.status === 'planned' && (
                  <Button
                    variant="default"
                    loading={busy === 'cancelled'}
                    onClick={() => void save('cancelled')}
                  >
                    {t.cancelMeeting}
                  </Button>
                )}
                {meeting.status !== 'planned' && (
                  <Button
                    variant="subtle"
                    loading={busy === 'planned'}
                    onClick={() => void save('planned')}
                  >
                    {t.markPlanned}
                  </Button>
                )}
              </Group>
              <Group gap="sm">
                {dirty && (
                  <Text fz="sm" c="orange.8">
                    {t.unsaved}
                  </Text>
                )}
                <Text fz="xs" c="dimmed">
                  {ja.form.ctrlEnter}
                </Text>
                <Button type="submit" loading={busy === 'save'} disabled={!dirty}>
                  {t.save}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </SectionCard>
  );
}
