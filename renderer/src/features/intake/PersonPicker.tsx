import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { PersonHit } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';

type Props = {
  label: string;
  placeholder: string;
  onPick: (hit: PersonHit) => void;
  error?: string;
  dataPath?: string;
};

/** How a person reads in a pick list: 氏名（ふりがな）・生年月日・電話. */
export function personHitLabel(hit: PersonHit): string {
  const kana = hit.nameKana ? `（${hit.nameKana}）` : '';
  const born = hit.birthDate ? `・${formatIsoWareki(hit.birthDate)}生` : '';
  const phone = [hit.phone, hit.mobilePhone]
    .filter((n) => n !== '')
    .map((n) => `・${n}`)
    .join('');
  return `${hit.name}${kana}${born}${phone}`;
}

/** Search-as-you-type over registered people (search.query), by 氏名, ふりがな or 電話. */
export function PersonPicker({ label, placeholder, onPick, error, dataPath }: Props) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useCallData('search.query', query ? { q: query, limit: 15 } : null);
  const hits = query ? (data?.persons ?? []) : [];
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      searchValue={text}
      onSearchChange={setText}
      value={null}
      data={hits.map((hit) => ({ value: String(hit.id), label: personHitLabel(hit) }))}
      filter={({ options }) => options}
      onChange={(value) => {
        const hit = hits.find((h) => String(h.id) === value);
        if (hit) onPick(hit);
      }}
      nothingFoundMessage={query && !loading ? ja.intake.noHits : undefined}
      error={error}
      data-path={dataPath}
      withAsterisk
    />
  );
}
