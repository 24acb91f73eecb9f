import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CaseAgencyView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';

type Props = {
  caseId: number;
  agency: CaseAgencyView;
  onSaved: (agencies: CaseAgencyView[]) => void;
  onCancel: () => void;
};

/**
 * The 役割分担 of one agency, edited in its table row; Ctrl+Enter or 保存 saves (a plain Enter only
 * confirms what the IME is converting), Esc cancels.
 */
export function CaseAgencyRoleEditor({ caseId, agency, onSaved, onCancel }: Props) {
  const t = ja.caseAgencies;
  const form = useForm({ initialValues: { role: agency.role } });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onSaved(await call('caseAgency.set', { caseId, agencyId: agency.agencyId, role: values.role }));
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={`${agency.name} ${t.role}`}
          placeholder={t.roleHint}
          autoFocus
          style={{ flex: 1 }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onCancel();
          }}
          {...form.getInputProps('role')}
        />
        <Button type="submit" size="sm" loading={busy}>
          {t.saveRole}
        </Button>
        <Button variant="default" size="sm" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </Button>
      </Group>
      <ErrorAlert message={error} />
    </form>
  );
}
