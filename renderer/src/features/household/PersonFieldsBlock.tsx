import {
  Autocomplete,
  Button,
  Collapse,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { sexes } from '../../../../electron/contract';
import { codeOptions } from '../../components/codes/codeOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import type { BindField } from '../../components/forms/bindField';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import type { PersonFormValues } from './personForm';

type Props = {
  bind: BindField<keyof PersonFormValues>;
  today: string;
  autoFocus?: boolean;
};

const p = ja.person;

/**
 * One person's fields in the order staff ask them: 氏名, ふりがな, 生年月日 (和暦 or 西暦, with the
 * age shown), 性別, 続柄, 同居/別居, 電話（自宅・携帯）, 手帳, 要介護度; the rest under 「その他の項目」.
 */
export function PersonFieldsBlock({ bind, today, autoFocus }: Props) {
  const [moreOpen, more] = useDisclosure(false);
  const together = bind('livesTogether', { type: 'checkbox' });
  const sex = bind('sex');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
        <TextInput label={p.name} withAsterisk autoFocus={autoFocus} {...bind('name')} />
        <TextInput label={p.nameKana} {...bind('nameKana')} />
        <JapaneseDateInput
          label={p.birthDate}
          showAge
          rules={{ notAfter: today }}
          {...bind('birthDate')}
        />
        <Select
          label={p.sex}
          data={codeOptions(sexes)}
          placeholder={p.sexUnknown}
          clearable
          {...sex}
          value={(sex.value as string) || null}
          onChange={(value: string | null) => (sex.onChange as (v: string) => void)(value ?? '')}
        />
        <Autocomplete
          label={p.relationship}
          placeholder={p.relationshipPlaceholder}
          data={[...p.relationshipOptions]}
          {...bind('relationship')}
        />
        <LabelledSegmented
          label={p.livesTogether}
          data={[
            { value: 'together', label: p.together },
            { value: 'apart', label: p.apart },
          ]}
          value={together.checked ? 'together' : 'apart'}
          onChange={(value) => (together.onChange as (v: boolean) => void)(value === 'together')}
        />
        <TextInput
          label={p.phone}
          placeholder={p.phonePlaceholder}
          inputMode="tel"
          {...bind('phone')}
        />
        <TextInput
          label={p.mobilePhone}
          placeholder={p.mobilePhonePlaceholder}
          inputMode="tel"
          {...bind('mobilePhone')}
        />
        <TextInput
          label={p.disabilityBook}
          placeholder={p.disabilityBookPlaceholder}
          {...bind('disabilityBook')}
        />
        <Autocomplete label={p.careLevel} data={[...p.careLevelOptions]} {...bind('careLevel')} />
      </SimpleGrid>
      <div>
        <Button variant="subtle" size="compact-sm" onClick={more.toggle} aria-expanded={moreOpen}>
          {moreOpen ? '▾ ' : '▸ '}
          {p.more}
        </Button>
      </div>
      <Collapse expanded={moreOpen}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={p.email} type="email" {...bind('email')} />
          <Textarea label={p.livelihood} autosize minRows={1} {...bind('livelihood')} />
          <Textarea label={p.memo} autosize minRows={2} {...bind('memo')} />
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
