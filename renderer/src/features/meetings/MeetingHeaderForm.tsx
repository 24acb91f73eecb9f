import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { parseTimeText } from '../caseDetail/parseTimeText';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { validateMeetingValues, type MeetingFormValues } from './meetingFormValues';
import { MeetingKindField } from './MeetingKindField';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  initialValues: MeetingFormValues;
  /** The form's name (新しい会議 / 会議の情報を編集). */
  label: string;
  submitLabel: string;
  /** The kind cannot change once cases are on the agenda. */
  kindLocked?: boolean;
  /** Saves; a thrown error keeps every value typed and shows the reason. */
  onSubmit: (values: MeetingFormValues) => Promise<void>;
  onCancel?: () => void;
  /** Shown above the buttons (e.g. the case that will be put on the agenda). */
  note?: string;
};

/**
 * The header of a meeting: kind (explained), 会議名, 開催日 in 和暦 or 西暦, times, 場所 and 司会
 * (a staff member or a name). Ctrl+Enter saves from any field; a plain Enter never does.
 */
export function MeetingHeaderForm(props: Props) {
  const t = ja.meetings.form;
  const { options: staffOptions } = useStaffOptions(
    props.initialValues.chairStaffId === null ? null : Number(props.initialValues.chairStaffId),
  );
  const form = useForm<MeetingFormValues>({
    initialValues: props.initialValues,
    validate: validateMeetingValues,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, props.onSubmit);
  const tidyTime = (field: 'startTime' | 'endTime') => () => {
    const time = parseTimeText(form.values[field]);
    if (time !== null) form.setFieldValue(field, time);
  };

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={props.label}>
      <Stack gap="md" maw={760}>
        <MeetingKindField
          value={form.values.kind}
          onChange={(kind) => form.setFieldValue('kind', kind)}
          error={form.errors.kind as string | undefined}
          disabled={props.kindLocked}
        />
        <TextInput label={t.title} placeholder={t.titleHint} {...form.getInputProps('title')} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <JapaneseDateInput
            label={t.heldOn}
            w={220}
            withAsterisk
            rules={{ required: true }}
            {...form.getInputProps('heldOn')}
            value={form.values.heldOn}
          />
          <TextInput
            label={t.startTime}
            w={110}
            placeholder={t.timeHint}
            autoComplete="off"
            {...form.getInputProps('startTime')}
            onBlur={tidyTime('startTime')}
          />
          <TextInput
            label={t.endTime}
            w={110}
            placeholder="15:30"
            autoComplete="off"
            {...form.getInputProps('endTime')}
            onBlur={tidyTime('endTime')}
          />
        </Group>
        <TextInput label={t.place} placeholder={t.placeHint} {...form.getInputProps('place')} />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Select
            label={t.chairStaff}
            w={240}
            data={staffOptions}
            clearable
            searchable
            {...form.getInputProps('chairStaffId')}
          />
          <TextInput
            label={t.chairName}
            placeholder={t.chairNameHint}
            w={240}
            disabled={form.values.chairStaffId !== null}
            {...form.getInputProps('chairName')}
          />
        </Group>
        {props.note && <Text fz="sm">{props.note}</Text>}
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={props.submitLabel}
          onCancel={props.onCancel}
        />
      </Stack>
    </form>
  );
}
