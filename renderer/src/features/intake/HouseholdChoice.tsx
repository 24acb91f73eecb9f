import { Fieldset, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { HouseholdFieldsBlock } from '../household/HouseholdFieldsBlock';
import { ChosenCard } from './ChosenCard';
import type { IntakeFormValues } from './intakeForm';
import { PersonPicker } from './PersonPicker';

const t = ja.intake;

/** The new person's household: a new one (its address) or a registered one, found by a member. */
export function HouseholdChoice({ form }: { form: UseFormReturnType<IntakeFormValues> }) {
  const p = form.values.person;
  return (
    <Fieldset legend={t.householdMode}>
      <Stack gap="sm">
        <LabelledSegmented
          label={t.householdMode}
          hideLabel
          data={[
            { value: 'new', label: t.householdNew },
            { value: 'existing', label: t.householdExisting },
          ]}
          value={p.householdMode}
          onChange={(mode) =>
            form.setFieldValue('person.householdMode', mode as 'existing' | 'new')
          }
          w="fit-content"
        />
        {p.householdMode === 'new' && (
          <HouseholdFieldsBlock bind={(field) => form.getInputProps(`person.household.${field}`)} />
        )}
        {p.householdMode === 'existing' &&
          (p.householdId !== null ? (
            <ChosenCard
              title={p.householdLabel}
              onChange={() => form.setFieldValue('person.householdId', null)}
            />
          ) : (
            <PersonPicker
              label={t.householdSearch}
              placeholder={t.personSearchPlaceholder}
              error={form.errors['person.householdId'] as string | undefined}
              dataPath="person.householdId"
              onPick={(hit) => {
                form.setFieldValue('person.householdLabel', t.householdOf(hit.name));
                form.setFieldValue('person.householdId', hit.householdId);
              }}
            />
          ))}
      </Stack>
    </Fieldset>
  );
}
