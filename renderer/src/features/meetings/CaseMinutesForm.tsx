import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingCaseView, MeetingView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { draftOr, useValuesDraft } from '../../components/drafts/useFormDraft';

type Props = {
  meetingId: number;
  item: MeetingCaseView;
  writable: boolean;
  onSaved: (meeting: MeetingView) => void;
};

/**
 * 協議内容 of one case. The text is this form's own: saving another case, or the meeting being
 * read again, never replaces what is being typed here; a failed save keeps it and says why.
 */
export function CaseMinutesForm({ meetingId, item, writable, onSaved }: Props) {
  const t = ja.meetings.minutes;
  // What is typed survives leaving the meeting and a lock (draftStore.ts).
  const draftKey = `minutes:${meetingId}:${item.caseId}`;
  const [text, setText] = useState(() => draftOr(draftKey, { text: item.minutes }).text);
  const [savedText, setSavedText] = useState(item.minutes);
  const draft = useValuesDraft(draftKey, { text }, { text: item.minutes });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = text !== savedText;

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const sent = text;
    try {
      const saved = await call('meeting.recordMinutes', {
        meetingId,
        caseId: item.caseId,
        minutes: sent,
      });
      draft.drop({ text: sent });
      setSavedText(sent);
      notifications.show({ color: 'teal', message: t.saved });
      onSaved(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={t.label(item.caseNumber)}
    >
      <Stack gap={6}>
        <Textarea
          label={t.label(item.caseNumber)}
          description={t.hint}
          autosize
          minRows={3}
          maxRows={16}
          value={text}
          readOnly={!writable}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <ErrorAlert message={error} />
        {writable && (
          <Group justify="flex-end" gap="sm">
            {dirty && (
              <Text fz="sm" c="orange.8">
                {t.unsaved}
              </Text>
            )}
            <Text fz="xs" c="dimmed">
              {ja.form.ctrlEnter}
            </Text>
            <Button type="submit" size="xs" loading={busy} disabled={!dirty}>
              {t.save}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
