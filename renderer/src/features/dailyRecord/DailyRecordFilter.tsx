import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { navigate, routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';

const officeValue = 'office';

type Props = {
  date: string;
  staffId: number | null;
  onPrint: () => void;
};

/**
 * Which day and whose: a date typed in 和暦 or 西暦 and a staff member or 事務所全体. 表示 puts
 * them in the address (so the day can be bookmarked and reloaded) and reads the day afresh.
 */
export function DailyRecordFilter({ date, staffId, onPrint }: Props) {
  const t = ja.dailyRecord;
  const staff = useCallData('staff.options', {});
  const [dateText, setDateText] = useState(textFromIso(date));
  const [who, setWho] = useState(staffId === null ? officeValue : String(staffId));
  const options = [
    { value: officeValue, label: t.office },
    ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.displayName })),
  ];
  const show = () => {
    const iso = isoFromText(dateText);
    if (iso === null) return;
    navigate(routes.dailyRecord(iso, who === officeValue ? null : Number(who)));
  };
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <JapaneseDateInput
        label={t.date}
        w={210}
        rules={{ required: true }}
        value={dateText}
        onChange={(event) => setDateText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) show();
        }}
      />
      <Select
        label={t.staff}
        w={200}
        data={options}
        allowDeselect={false}
        searchable
        value={who}
        onChange={(value) => setWho(value ?? officeValue)}
      />
      {/* Level with the fields' boxes, above the date's reading line. */}
      <Button mt={25} onClick={show} disabled={isoFromText(dateText) === null}>
        {t.show}
      </Button>
      <Button mt={25} variant="default" onClick={onPrint}>
        {t.print}
      </Button>
    </Group>
  );
}
