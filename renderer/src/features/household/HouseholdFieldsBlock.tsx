import { Autocomplete, Grid, Textarea, TextInput } from '@mantine/core';
import type { BindField } from '../../components/forms/bindField';
import { ja } from '../../i18n/ja';
import type { HouseholdFormValues } from './householdForm';

const h = ja.household;

/** The household's own fields: 郵便番号, 住所, 建物名, 地区・圏域, 住居形態, メモ. */
export function HouseholdFieldsBlock({ bind }: { bind: BindField<keyof HouseholdFormValues> }) {
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <TextInput
          label={h.postalCode}
          placeholder={h.postalCodePlaceholder}
          inputMode="numeric"
          {...bind('postalCode')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 9 }}>
        <TextInput label={h.address} {...bind('address')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <TextInput label={h.building} {...bind('building')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={h.district} {...bind('district')} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 3 }}>
        <Autocomplete
          label={h.housingType}
          data={[...h.housingTypeOptions]}
          {...bind('housingType')}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea label={h.memo} autosize minRows={1} {...bind('memo')} />
      </Grid.Col>
    </Grid>
  );
}
