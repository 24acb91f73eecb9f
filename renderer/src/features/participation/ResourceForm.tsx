import {
  Checkbox,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyView } from '../../../../electron/contract';
import { resourceKinds } from '../../../../electron/contract/communityCodes';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
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
          <TextInput label={t.district} {...form.getInputProps('district')} />
          <TextInput
            label={t.schedule}
            placeholder={t.scheduleHint}
            {...form.getInputProps('schedule')}
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
          <TextInput
            label={t.target}
            placeholder={t.targetHint}
            {...form.getInputProps('target')}
          />
          <TextInput label={t.contact} {...form.getInputProps('contact')} />
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
