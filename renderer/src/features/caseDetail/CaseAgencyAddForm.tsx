import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AgencyView, CaseAgencyView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { agencyPickList } from './pickLists';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';

type Props = {
  caseId: number;
  agencies: AgencyView[];
  /** Already on the case: not offered again. */
  onCase: readonly number[];
  onSaved: (agencies: CaseAgencyView[]) => void;
};

type Values = { agencyId: string | null; role: string };

/** 関係機関を追加: pick an agency from the directory and write its 役割分担. */
export function CaseAgencyAddForm({ caseId, agencies, onCase, onSaved }: Props) {
  const t = ja.caseAgencies;
  const form = useForm<Values>({
    initialValues: { agencyId: null, role: '' },
    validate: { agencyId: (value) => (value ? null : t.agencyRequired) },
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('caseAgency.set', {
      caseId,
      agencyId: Number(values.agencyId),
      role: values.role,
    });
    form.reset();
    onSaved(saved);
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.addTitle}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <Select
          label={t.agency}
          placeholder={t.agencyPlaceholder}
          data={agencyPickList(agencies, [], onCase)}
          searchable
          nothingFoundMessage={ja.agencyDirectory.noMatch}
          w={320}
          withAsterisk
          {...form.getInputProps('agencyId')}
        />
        <TextInput
          label={t.role}
          placeholder={t.roleHint}
          style={{ flex: 1 }}
          miw={260}
          {...form.getInputProps('role')}
        />
        <Button type="submit" loading={busy} mt={25}>
          {t.add}
        </Button>
      </Group>
      <ErrorAlert message={error} />
    </form>
  );
}
