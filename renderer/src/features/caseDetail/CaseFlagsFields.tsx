import { Alert, Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { textFromIso } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ja } from '../../i18n/ja';
import type { CaseEditValues } from './caseEditValues';
import { japanNow } from './japanNow';

/**
 * 多機関協働 (ticking it fills 開始日 with today), アウトリーチ, and 閲覧制限 — which says what it
 * does, and warns in red once ticked.
 */
export function CaseFlagsFields({ form }: { form: UseFormReturnType<CaseEditValues> }) {
  const t = ja.caseEdit;
  const { values } = form;
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="lg">
        <Stack gap="xs">
          <Checkbox
            label={t.coordination}
            {...form.getInputProps('coordination', { type: 'checkbox' })}
            onChange={(event) => {
              const checked = event.currentTarget.checked;
              form.setFieldValue('coordination', checked);
              if (checked && values.coordinationOn.trim() === '') {
                form.setFieldValue('coordinationOn', textFromIso(japanNow().date));
              }
            }}
          />
          {values.coordination && (
            <JapaneseDateInput
              label={t.coordinationOn}
              ml={32}
              maw={240}
              withAsterisk
              rules={{ required: true }}
              {...form.getInputProps('coordinationOn')}
              value={values.coordinationOn}
            />
          )}
        </Stack>
        <Stack gap="sm">
          <Checkbox label={t.outreach} {...form.getInputProps('outreach', { type: 'checkbox' })} />
          <Checkbox
            label={t.restricted}
            description={t.restrictedHint}
            color="red"
            {...form.getInputProps('restricted', { type: 'checkbox' })}
          />
        </Stack>
      </SimpleGrid>
      {values.restricted && (
        <Alert color="red" variant="light" p="xs" title={t.restrictedWarningTitle}>
          <Text fz="sm">{t.restrictedWarning}</Text>
          {!values.mainStaffId && !values.subStaffId && (
            <Text fz="sm" fw={700} mt={4}>
              {t.restrictedNoStaff}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
