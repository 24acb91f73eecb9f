import { Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { describeDate, todayInJapan } from '../../components/dateInput/dateText';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { PersonFieldsBlock } from '../household/PersonFieldsBlock';
import { ChosenCard } from './ChosenCard';
import { HouseholdChoice } from './HouseholdChoice';
import type { IntakeFormValues } from './intakeForm';
import { rememberPeople } from './knownPeople';
import { PersonPicker } from './PersonPicker';
import { useKnownPerson } from './useKnownPerson';

type Props = { form: UseFormReturnType<IntakeFormValues>; today: string };

const t = ja.intake;

/** 本人: a registered person (preselected or searched), or a new one in a new or known household. */
export function PersonSection({ form, today }: Props) {
  const p = form.values.person;
  const chosen = useKnownPerson(p.mode === 'existing' ? p.personId : null);
  return (
    <Stack gap="sm">
      <LabelledSegmented
        label={t.personSection}
        hideLabel
        data={[
          { value: 'existing', label: t.personExisting },
          { value: 'new', label: t.personNew },
        ]}
        value={p.mode}
        onChange={(mode) => form.setFieldValue('person.mode', mode as 'existing' | 'new')}
        w="fit-content"
      />
      {p.mode === 'existing' && p.personId !== null && (
        <ChosenCard
          title={
            chosen
              ? `${chosen.name}${chosen.nameKana ? `（${chosen.nameKana}）` : ''}`
              : t.personLoading
          }
          detail={chosen?.birthDate ? describeDate(chosen.birthDate, todayInJapan()) : undefined}
          onChange={() => form.setFieldValue('person.personId', null)}
        />
      )}
      {p.mode === 'existing' && p.personId === null && (
        <PersonPicker
          label={t.personSearch}
          placeholder={t.personSearchPlaceholder}
          error={form.errors['person.personId'] as string | undefined}
          dataPath="person.personId"
          onPick={(hit) => {
            rememberPeople([hit]);
            form.setFieldValue('person.personId', hit.id);
          }}
        />
      )}
      {p.mode === 'new' && (
        <>
          <PersonFieldsBlock
            today={today}
            bind={(field, options) => form.getInputProps(`person.person.${field}`, options)}
          />
          <HouseholdChoice form={form} />
        </>
      )}
    </Stack>
  );
}
