import {
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { activityKinds } from '../../../../electron/contract/communityCodes';
import type { ActivityView } from '../../../../electron/contract/schemas/activity';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  activityValuesFrom,
  breakdownSum,
  emptyActivityValues,
  groupFields,
  toActivityInput,
  validateActivity,
  type ActivityFormValues,
  type GroupField,
} from './activityFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  activity: ActivityView | null;
  onSaved: (activity: ActivityView) => void;
  onCancel: () => void;
};

const groupLabels: Record<GroupField, string> = {
  participantsElderly: ja.activities.elderly,
  participantsDisability: ja.activities.disability,
  participantsChildren: ja.activities.children,
  participantsOther: ja.activities.other,
};

const countProps = { min: 0, allowDecimal: false, allowNegative: false } as const;

/**
 * 活動を記録 / 編集: date, name, 種類, place, who ran it, and how many came — with the breakdown
 * by group where known, never above the total. Ctrl+Enter saves.
 */
export function ActivityForm({ activity, onSaved, onCancel }: Props) {
  const t = ja.activities;
  const form = useForm<ActivityFormValues>({
    initialValues: activity ? activityValuesFrom(activity) : emptyActivityValues(todayInJapan()),
    validate: (values) => validateActivity(values, todayInJapan()),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const input = toActivityInput(values);
    onSaved(
      activity
        ? await call('activity.update', { id: activity.id, ...input })
        : await call('activity.create', input),
    );
  });
  const sum = breakdownSum(form.values);

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={activity ? t.editTitle : t.createTitle}
    >
      <Stack gap="sm">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <JapaneseDateInput
            label={t.heldOn}
            w={190}
            withAsterisk
            rules={{ required: true, notAfter: todayInJapan() }}
            {...form.getInputProps('heldOn')}
            value={form.values.heldOn}
          />
          <TextInput
            label={t.name}
            withAsterisk
            data-autofocus
            style={{ flex: 1 }}
            miw={240}
            {...form.getInputProps('name')}
          />
          <Select
            label={t.kind}
            withAsterisk
            w={200}
            data={codeOptions(activityKinds)}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t.place} {...form.getInputProps('place')} />
          <TextInput label={t.district} {...form.getInputProps('district')} />
          <TextInput label={t.organisers} {...form.getInputProps('organisers')} />
        </SimpleGrid>
        <Fieldset legend={t.breakdown} variant="filled">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <NumberInput
              label={t.participants}
              withAsterisk
              w={150}
              {...countProps}
              {...form.getInputProps('participants')}
            />
            {groupFields.map((field) => (
              <NumberInput
                key={field}
                label={groupLabels[field]}
                w={110}
                {...countProps}
                {...form.getInputProps(field)}
              />
            ))}
          </Group>
          {sum > 0 && (
            <Text fz="xs" c="dimmed" mt={6} data-testid="breakdown-sum">
              {t.breakdownSum(sum, Number(form.values.participants) || 0)}
            </Text>
          )}
        </Fieldset>
        <Textarea
          label={t.organisations}
          placeholder={t.organisationsHint}
          autosize
          minRows={1}
          maxRows={4}
          {...form.getInputProps('organisations')}
        />
        <Textarea
          label={t.note}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('note')}
        />
        <FormFooter error={error} busy={busy} submitLabel={t.save} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
