import {
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyView } from '../../../../electron/contract';
import { fields } from '../../../../electron/contract/caseCodes';
import { resourceIntakes, resourceKinds } from '../../../../electron/contract/communityCodes';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { agencyPickList } from '../caseDetail/pickLists';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyResourceValues,
  resourceValuesFrom,
  toResourceInput,
  validateResource,
  type ResourceFormValues,
} from './resourceFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  resource: ResourceView | null;
  agencies: AgencyView[];
  onSaved: (resource: ResourceView) => void;
  onCancel: () => void;
};

/** 社会資源を登録 / 編集; Ctrl+Enter saves, a refused save keeps what was typed. */
export function ResourceForm({ resource, agencies, onSaved, onCancel }: Props) {
  const t = ja.resources;
  const form = useForm<ResourceFormValues>({
    initialValues: resource ? resourceValuesFrom(resource) : emptyResourceValues(),
    validate: validateResource,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const input = toResourceInput(values);
    onSaved(
      resource
        ? await call('resource.update', { id: resource.id, ...input })
        : await call('resource.create', input),
    );
  });
  const kept = resource?.hostAgencyId ? [resource.hostAgencyId] : [];

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={resource ? t.editTitle : t.createTitle}
    >
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t.name} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t.kind}
            withAsterisk
            data={codeOptions(resourceKinds)}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t.host} {...form.getInputProps('hostName')} />
          <Select
            label={t.hostAgency}
            placeholder={t.hostAgencyPlaceholder}
            searchable
            clearable
            data={agencyPickList(agencies, kept)}
            {...form.getInputProps('hostAgencyId')}
          />
          <TextInput label={t.place} {...form.getInputProps('place')} />
          <TextInput
            label={t.district}
            placeholder={t.districtHint}
            {...form.getInputProps('district')}
          />
          <TextInput
            label={t.schedule}
            placeholder={t.scheduleHint}
            {...form.getInputProps('schedule')}
          />
          <TextInput label={t.contact} {...form.getInputProps('contact')} />
        </SimpleGrid>
        <Checkbox.Group
          label={t.fields}
          description={t.fieldsHint}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          {...form.getInputProps('fields')}
        >
          <Group gap="md" mt={6}>
            {codeOptions(fields).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={2} spacing="sm">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <NumberInput
              label={t.ageMin}
              description={t.ageHint}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              min={0}
              max={120}
              allowDecimal={false}
              allowNegative={false}
              suffix="歳"
              {...form.getInputProps('ageMin')}
            />
            <NumberInput
              label={t.ageMax}
              min={0}
              max={120}
              allowDecimal={false}
              allowNegative={false}
              suffix="歳"
              {...form.getInputProps('ageMax')}
            />
          </Group>
          <TextInput
            label={t.target}
            description={t.targetHint}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            {...form.getInputProps('target')}
          />
          <LabelledSegmented
            label={t.intake}
            data={codeOptions(resourceIntakes)}
            value={form.values.intake}
            onChange={(value) => {
              if (isCode(resourceIntakes, value)) form.setFieldValue('intake', value);
            }}
          />
          <NumberInput
            label={t.capacity}
            description={t.capacityHint}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <Checkbox
          label={t.active}
          description={t.activeHint}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <Textarea label={t.memo} autosize minRows={2} maxRows={6} {...form.getInputProps('memo')} />
        <FormFooter error={error} busy={busy} submitLabel={t.save} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
