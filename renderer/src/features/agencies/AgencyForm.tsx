import { Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { agencyKinds, type AgencyView } from '../../../../electron/contract';
import { agencyCreateInput } from '../../../../electron/contract/schemas/directory';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  agencyFieldsFrom,
  agencyValuesFrom,
  emptyAgencyValues,
  type AgencyFormValues,
} from './agencyFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  /** The agency being edited; without it a new one is registered. */
  agency: AgencyView | null;
  onSaved: (agency: AgencyView) => void;
  onCancel: () => void;
};

/** 関係機関を登録 / 編集: checked by the contract's own schema, in Japanese, at the field. */
export function AgencyForm({ agency, onSaved, onCancel }: Props) {
  const t = ja.agencyDirectory;
  const form = useForm<AgencyFormValues>({
    initialValues: agency ? agencyValuesFrom(agency) : emptyAgencyValues(),
    validate: schemaResolver(agencyCreateInput, { sync: true }),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const fields = agencyFieldsFrom(values);
    onSaved(
      agency
        ? await call('agency.update', { id: agency.id, agency: fields })
        : await call('agency.create', { agency: fields }),
    );
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t.name}
          withAsterisk
          data-autofocus
          {...form.getInputProps('agency.name')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <Select
            label={t.kind}
            withAsterisk
            data={codeOptions(agencyKinds)}
            searchable
            allowDeselect={false}
            {...form.getInputProps('agency.kind')}
          />
          <TextInput label={t.contactPerson} {...form.getInputProps('agency.contactPerson')} />
          <TextInput label={t.phone} inputMode="tel" {...form.getInputProps('agency.phone')} />
          <TextInput label={t.address} {...form.getInputProps('agency.address')} />
        </SimpleGrid>
        <Checkbox
          label={t.shienMeetingMember}
          description={t.shienMeetingMemberHint}
          {...form.getInputProps('agency.shienMeetingMember', { type: 'checkbox' })}
        />
        <Checkbox
          label={t.active}
          description={t.activeHint}
          {...form.getInputProps('agency.active', { type: 'checkbox' })}
        />
        <Textarea
          label={t.memo}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('agency.memo')}
        />
        <FormFooter error={error} busy={busy} submitLabel={t.save} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
