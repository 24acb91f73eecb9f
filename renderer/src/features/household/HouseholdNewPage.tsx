import { Button, CloseButton, Fieldset, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { call } from '../../api/call';
import { navigate, routes } from '../../app/routes';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formKeyDown } from '../../components/forms/formKeyDown';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { findSameMembers, type SameMatch } from './findSameMembers';
import { HouseholdFieldsBlock } from './HouseholdFieldsBlock';
import {
  emptyHousehold,
  toHouseholdCreateInput,
  validateHouseholdCreate,
  type HouseholdCreateForm,
  type MemberFormValues,
} from './householdForm';
import { PersonFieldsBlock } from './PersonFieldsBlock';
import { SamePersonDialog } from './SamePersonDialog';
import { emptyPerson } from './personForm';

const h = ja.household;
const newMember = (): MemberFormValues => ({ ...emptyPerson, key: randomId() });

/** 世帯を登録: the household and its members; asks first when someone seems registered already. */
export function HouseholdNewPage() {
  const today = todayInJapan();
  const form = useForm<HouseholdCreateForm>({
    initialValues: { household: emptyHousehold, members: [newMember()] },
    validate: (values) => validateHouseholdCreate(values, today),
  });
  const [matches, setMatches] = useState<SameMatch[]>([]);
  const confirmed = useRef(false);

  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    if (!confirmed.current) {
      const found = await findSameMembers(values.members);
      if (found.length > 0) {
        setMatches(found);
        return;
      }
    }
    confirmed.current = false;
    const detail = await call('household.create', toHouseholdCreateInput(values));
    notifications.show({ color: 'teal', message: h.created });
    navigate(routes.household(detail.household.id));
  });

  const registerAnyway = () => {
    confirmed.current = true;
    setMatches([]);
    onSubmit();
  };

  return (
    <form onSubmit={onSubmit} onKeyDown={formKeyDown(() => onSubmit())} noValidate>
      <Stack gap="lg" maw={1100}>
        <Title order={1} fz={26}>
          {h.newTitle}
        </Title>
        <Fieldset legend={h.householdSection}>
          <HouseholdFieldsBlock bind={(field) => form.getInputProps(`household.${field}`)} />
        </Fieldset>
        {form.values.members.map((member, index) => (
          <Fieldset
            key={member.key}
            legend={
              <Group gap="xs" component="span">
                {h.member(index + 1)}
                {member.name.trim() && (
                  <Text span fw={700}>
                    {member.name}
                  </Text>
                )}
              </Group>
            }
            aria-label={h.member(index + 1)}
            pos="relative"
          >
            {form.values.members.length > 1 && (
              <CloseButton
                pos="absolute"
                top={8}
                right={8}
                aria-label={`${h.member(index + 1)}: ${h.removeMember}`}
                title={h.removeMember}
                onClick={() => form.removeListItem('members', index)}
              />
            )}
            <PersonFieldsBlock
              today={today}
              autoFocus={index > 0 && index === form.values.members.length - 1}
              bind={(field, options) => form.getInputProps(`members.${index}.${field}`, options)}
            />
          </Fieldset>
        ))}
        <Group>
          <Button variant="default" onClick={() => form.insertListItem('members', newMember())}>
            ＋ {h.addMember}
          </Button>
        </Group>
        <ErrorAlert message={error} />
        <Group justify="flex-end" gap="sm">
          <Text c="dimmed" fz="sm">
            {h.saveHint}
          </Text>
          <Button type="submit" loading={busy} size="md">
            {h.save}
          </Button>
        </Group>
      </Stack>
      <SamePersonDialog
        matches={matches}
        busy={busy}
        onRegisterAnyway={registerAnyway}
        onBack={() => setMatches([])}
      />
    </form>
  );
}
