import { Group, Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { NextActionDue } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ja } from '../../i18n/ja';
import type { NoteFormValues } from './noteFormValues';

type Props = {
  form: UseFormReturnType<NoteFormValues>;
  /** The note's saved item, when correcting: a done one is shown, not changed. */
  saved: NextActionDue | null;
};

/**
 * 次の対応の期日 and its staff member under the 次の対応 text: with a date the item shows on the
 * staff member's ホーム from that day (nobody chosen: the writer). Only staff who can do it are
 * offered (active 相談員 and 管理者); the service also refuses one who may not see the case.
 */
export function NextActionFields({ form, saved }: Props) {
  const t = ja.nextActions;
  const staff = useCallData('staff.options', {});
  const options = (staff.data ?? [])
    .filter((s) => s.active && s.role !== 'viewer')
    .map((s) => ({ value: String(s.id), label: s.displayName }));
  const done = saved !== null && saved.doneAt !== null;
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <JapaneseDateInput
        label={t.dueOn}
        w={210}
        disabled={done}
        placeholder="令和8年12月8日"
        {...form.getInputProps('nextActionOn')}
        value={form.values.nextActionOn}
      />
      <Select
        label={t.staff}
        w={200}
        data={options}
        clearable
        searchable
        disabled={done || form.values.nextActionOn.trim() === ''}
        placeholder={t.staffDefault}
        {...form.getInputProps('nextActionStaffId')}
      />
      <Text fz="xs" c="dimmed" mt={30} maw={320}>
        {done ? t.doneFixed : t.dueOnHint}
      </Text>
    </Group>
  );
}
