import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { PersonView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formKeyDown } from '../../components/forms/formKeyDown';
import { useRef, useState, type ReactNode } from 'react';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { SamePersonDialog } from './SamePersonDialog';
import { findSameMembers, type SameMatch } from './findSameMembers';
import { PersonFieldsBlock } from './PersonFieldsBlock';
import {
  emptyPerson,
  fromPersonView,
  personFormErrors,
  toPersonFields,
  type PersonFormValues,
} from './personForm';

type Props = {
  householdId: number;
  /** The member being edited; null adds a new one. */
  person: PersonView | null;
  onClose: () => void;
  onSaved: () => void;
};

const h = ja.household;

/** 世帯員を追加 / 世帯員を編集 in a dialog (person.create / person.update). */
export function MemberModal({ householdId, person, onClose, onSaved }: Props) {
  const today = todayInJapan();
  const form = useForm<PersonFormValues>({
    initialValues: person ? fromPersonView(person) : emptyPerson,
    validate: (values) => personFormErrors(values, '', today),
  });
  const [matches, setMatches] = useState<SameMatch[]>([]);
  const confirmed = useRef(false);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    if (!person && !confirmed.current) {
      const found = await findSameMembers([values]);
      if (found.length > 0) {
        setMatches(found);
        return;
      }
    }
    const fields = toPersonFields(values);
    const saved = person
      ? await call('person.update', { id: person.id, person: fields })
      : await call('person.create', { householdId, person: fields });
    notifications.show({ color: 'teal', message: h.memberSaved(saved.name) });
    onSaved();
  });
  // Server issues arrive as person.name: drop the prefix so they sit at the field.
  const bind = (field: keyof PersonFormValues, options?: { type: 'checkbox' }) => {
    const props = form.getInputProps(field, options);
    return { ...props, error: (props.error as ReactNode) ?? form.errors[`person.${field}`] };
  };

  return (
    <Modal opened onClose={onClose} title={person ? h.editMember : h.addMember} size="xl">
      <form onSubmit={onSubmit} onKeyDown={formKeyDown(() => onSubmit())} noValidate>
        <Stack gap="md">
          <PersonFieldsBlock bind={bind} today={today} autoFocus />
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
      <SamePersonDialog
        matches={matches}
        busy={busy}
        onBack={() => setMatches([])}
        onRegisterAnyway={() => {
          confirmed.current = true;
          setMatches([]);
          onSubmit();
        }}
      />
    </Modal>
  );
}
