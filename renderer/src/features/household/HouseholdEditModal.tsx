import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { HouseholdView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formKeyDown } from '../../components/forms/formKeyDown';
import type { ReactNode } from 'react';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { HouseholdFieldsBlock } from './HouseholdFieldsBlock';
import { householdFormErrors, type HouseholdFormValues } from './householdForm';

type Props = { household: HouseholdView; onClose: () => void; onSaved: () => void };

const h = ja.household;

/** 世帯の情報を編集: address and notes (household.update). */
export function HouseholdEditModal({ household, onClose, onSaved }: Props) {
  const { id, ...fields } = household;
  const form = useForm<HouseholdFormValues>({
    initialValues: fields,
    validate: (values) => householdFormErrors(values, ''),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    await call('household.update', { id, household: values });
    notifications.show({ color: 'teal', message: h.saved });
    onSaved();
  });
  const bind = (field: keyof HouseholdFormValues) => {
    const props = form.getInputProps(field);
    return { ...props, error: (props.error as ReactNode) ?? form.errors[`household.${field}`] };
  };

  return (
    <Modal opened onClose={onClose} title={h.editHousehold} size="xl">
      <form onSubmit={onSubmit} onKeyDown={formKeyDown(() => onSubmit())} noValidate>
        <Stack gap="md">
          <HouseholdFieldsBlock bind={bind} />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {h.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {h.save2}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
