import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingCaseView, MeetingView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { parseTimeText } from '../caseDetail/parseTimeText';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { draftOr, useValuesDraft } from '../../components/drafts/useFormDraft';
import { ActionRowsEditor } from './ActionRowsEditor';
import {
  caseMinutesErrors,
  caseMinutesInput,
  caseMinutesKey,
  caseMinutesValues,
  type CaseMinutesValues,
} from './caseMinutesValues';

type Props = {
  meetingId: number;
  item: MeetingCaseView;
  writable: boolean;
  onSaved: (meeting: MeetingView) => void;
};

/**
 * The minutes of one case: the 議題's time, 各機関からの報告, 本人の意向, 協議内容 and the
 * 今後のアクション rows (担当, 内容, 期限). The values are this form's own: saving another case, or
 * the meeting being read again, never replaces what is being typed here; a failed save keeps it
 * and says why.
 */
export function CaseMinutesForm({ meetingId, item, writable, onSaved }: Props) {
  const t = ja.meetings.minutes;
  // What is typed survives leaving the meeting and a lock (draftStore.ts).
  const draftKey = `caseMinutes:${meetingId}:${item.caseId}`;
  const opened = caseMinutesValues(item);
  const [values, setValues] = useState<CaseMinutesValues>(() => draftOr(draftKey, opened));
  const [savedKey, setSavedKey] = useState(() => caseMinutesKey(opened));
  const draft = useValuesDraft(draftKey, values, opened);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = caseMinutesKey(values) !== savedKey;
  const patch = (change: Partial<CaseMinutesValues>) => setValues((v) => ({ ...v, ...change }));
  const tidyTime = (field: 'startTime' | 'endTime') => () => {
    const time = parseTimeText(values[field]);
    if (time !== null) patch({ [field]: time });
  };

  const save = async () => {
    if (busy) return;
    const found = caseMinutesErrors(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    const sent = values;
    try {
      const saved = await call(
        'meeting.recordMinutes',
        caseMinutesInput(meetingId, item.caseId, sent),
      );
      draft.drop(sent);
      setSavedKey(caseMinutesKey(sent));
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
        <Group gap="sm" align="flex-start">
          <TextInput
            label={t.startTime}
            placeholder={ja.meetings.form.timeHint}
            w={100}
            value={values.startTime}
            readOnly={!writable}
            onChange={(e) => patch({ startTime: e.currentTarget.value })}
            onBlur={tidyTime('startTime')}
            error={errors.startTime}
          />
          <TextInput
            label={t.endTime}
            placeholder={ja.meetings.form.timeHint}
            w={100}
            value={values.endTime}
            readOnly={!writable}
            onChange={(e) => patch({ endTime: e.currentTarget.value })}
            onBlur={tidyTime('endTime')}
            error={errors.endTime}
          />
        </Group>
        <Textarea
          label={t.agencyReports}
          description={t.agencyReportsHint}
          autosize
          minRows={2}
          maxRows={12}
          value={values.agencyReports}
          readOnly={!writable}
          onChange={(e) => patch({ agencyReports: e.currentTarget.value })}
        />
        <Textarea
          label={t.personWishes}
          description={t.personWishesHint}
          autosize
          minRows={1}
          maxRows={8}
          value={values.personWishes}
          readOnly={!writable}
          onChange={(e) => patch({ personWishes: e.currentTarget.value })}
        />
        <Textarea
          label={t.label(item.caseNumber)}
          description={t.hint}
          autosize
          minRows={3}
          maxRows={16}
          value={values.minutes}
          readOnly={!writable}
          onChange={(e) => patch({ minutes: e.currentTarget.value })}
        />
        <ActionRowsEditor
          rows={values.actions}
          writable={writable}
          errors={errors}
          onChange={(actions) => patch({ actions })}
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
