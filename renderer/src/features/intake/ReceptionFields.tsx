import { Checkbox, Group, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { routes as routeCodes } from '../../../../electron/contract';
import { codeOptions } from '../../components/codes/codeOptions';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ja } from '../../i18n/ja';
import type { IntakeFormValues } from './intakeForm';

type Props = { form: UseFormReturnType<IntakeFormValues>; today: string };

const t = ja.intake;

/** 受付日, 受付者, 相談経路, and 来談者 when someone other than the person came. */
export function ReceptionFields({ form, today }: Props) {
  const { options: staff } = useStaffOptions(Number(form.values.receivedBy));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <JapaneseDateInput
          label={t.receivedOn}
          withAsterisk
          rules={{ required: true, notAfter: today }}
          {...form.getInputProps('receivedOn')}
        />
        <Select
          label={t.receivedBy}
          withAsterisk
          data={staff}
          searchable
          allowDeselect={false}
          {...form.getInputProps('receivedBy')}
        />
      </SimpleGrid>
      <Radio.Group label={t.route} withAsterisk {...form.getInputProps('route')}>
        <Group gap="md" mt={6}>
          {codeOptions(routeCodes).map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Group>
      </Radio.Group>
      <Checkbox
        label={t.visitorIsOther}
        {...form.getInputProps('visitorIsOther', { type: 'checkbox' })}
      />
      {form.values.visitorIsOther && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t.visitorName} autoFocus {...form.getInputProps('visitorName')} />
          <TextInput
            label={t.visitorRelation}
            placeholder={t.visitorRelationPlaceholder}
            {...form.getInputProps('visitorRelation')}
          />
          <TextInput
            label={t.visitorPhone}
            inputMode="tel"
            placeholder={ja.person.mobilePhonePlaceholder}
            {...form.getInputProps('visitorPhone')}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}
