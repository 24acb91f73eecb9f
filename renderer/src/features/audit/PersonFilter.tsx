import { CloseButton, Combobox, Group, InputBase, Text, useCombobox } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PersonHit } from '../../../../electron/contract';
import { call } from '../../api/call';
import { auditJa } from '../../i18n/auditJa';

type Props = {
  value: { id: number; name: string } | null;
  onChange: (person: { id: number; name: string } | null) => void;
};

/** 人物: found by name with the search box's own call (search.query, itself audited). */
export function PersonFilter({ value, onChange }: Props) {
  const t = auditJa;
  const combobox = useCombobox();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PersonHit[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let current = true;
    const timer = setTimeout(() => {
      call('search.query', { q, limit: 10 })
        .then((result) => {
          if (current) setHits(result.persons);
        })
        .catch(() => {
          if (current) setHits([]);
        });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (value) {
    return (
      <InputBase
        label={t.person}
        component="div"
        rightSection={
          <CloseButton aria-label={t.personClear} onClick={() => onChange(null)} size="sm" />
        }
      >
        {value.name}
      </InputBase>
    );
  }
  const shown = query.trim().length >= 2 ? hits : [];
  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(id) => {
        const hit = shown.find((h) => String(h.id) === id);
        if (hit) onChange({ id: hit.id, name: hit.name });
        setQuery('');
        combobox.closeDropdown();
      }}
    >
      <Combobox.Target>
        <InputBase
          label={t.person}
          placeholder={t.personPlaceholder}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={shown.length === 0}>
        <Combobox.Options>
          {shown.map((hit) => (
            <Combobox.Option value={String(hit.id)} key={hit.id}>
              <Group gap="xs">
                <Text fz="sm">{hit.name}</Text>
                <Text fz="xs" c="dimmed">
                  {hit.nameKana} {hit.birthDate ?? ''}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
