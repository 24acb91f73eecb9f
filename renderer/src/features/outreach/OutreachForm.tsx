import { Fieldset, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { sexes } from '../../../../electron/contract';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import { call } from '../../api/call';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { agencyPickList, staffPickList } from '../caseDetail/pickLists';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyOutreachValues,
  outreachValuesFrom,
  toOutreachInput,
  validateOutreach,
  type OutreachFormValues,
} from './outreachFormValues';
import { usePickOptions } from './usePickOptions';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  /** The target being edited; without it a new 把握 is recorded. */
  target: OutreachView | null;
  staffId: number;
  onSaved: (target: OutreachView) => void;
  onCancel: () => void;
};

const sexOptions = [
  { value: 'unknown', label: ja.outreach.sexUnknown },
  ...sexes.codes.map((code) => ({ value: code, label: sexes.labels[code] })),
];

/**
 * 把握を登録 / 編集: often no more than a description and who raised the concern. Ctrl+Enter
 * saves; a refused save keeps what was typed and shows the reason at the field.
 */
export function OutreachForm({ target, staffId, onSaved, onCancel }: Props) {
  const t = ja.outreach;
  const { staff, agencies } = usePickOptions();
  const form = useForm<OutreachFormValues>({
    initialValues: target
      ? outreachValuesFrom(target)
      : emptyOutreachValues(todayInJapan(), staffId),
    validate: (values) => validateOutreach(values, todayInJapan()),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const input = toOutreachInput(values, target?.personId ?? null);
    onSaved(
      target
        ? await call('outreach.update', { id: target.id, ...input })
        : await call('outreach.create', input),
    );
  });
  const keptAgency = target?.raisedByAgencyId ? [target.raisedByAgencyId] : [];

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={target ? t.editTitle : t.newTitle}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t.name}
            description={t.nameHint}
            withAsterisk
            data-autofocus
            autoFocus={!target}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t.nameKana}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('nameKana')}
          />
        </SimpleGrid>
        <Group gap="md" align="flex-start" wrap="wrap">
          <LabelledSegmented label={t.sex} data={sexOptions} {...form.getInputProps('sex')} />
          <TextInput
            label={t.ageText}
            placeholder={t.ageTextHint}
            w={200}
            {...form.getInputProps('ageText')}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t.address} {...form.getInputProps('address')} />
          <TextInput label={t.district} {...form.getInputProps('district')} />
        </SimpleGrid>
        <Fieldset legend={t.raisedSection} variant="filled">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              label={t.raisedBy}
              placeholder={t.raisedByHint}
              style={{ flex: 1 }}
              miw={220}
              {...form.getInputProps('raisedBy')}
            />
            <Select
              label={t.raisedByAgency}
              placeholder={t.raisedByAgencyPlaceholder}
              w={260}
              searchable
              clearable
              data={agencyPickList(agencies, keptAgency)}
              {...form.getInputProps('raisedByAgencyId')}
            />
            <JapaneseDateInput
              label={t.raisedOn}
              w={190}
              withAsterisk
              rules={{ required: true, notAfter: todayInJapan() }}
              {...form.getInputProps('raisedOn')}
              value={form.values.raisedOn}
            />
          </Group>
        </Fieldset>
        <Textarea
          label={t.situation}
          description={t.situationHint}
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('situation')}
        />
        <Select
          label={t.mainStaff}
          placeholder={t.staffPlaceholder}
          w={240}
          clearable
          data={staffPickList(staff, target?.mainStaffId ?? null)}
          {...form.getInputProps('mainStaffId')}
        />
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={target ? t.saveEdit : t.save}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
