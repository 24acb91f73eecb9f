import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useState } from 'react';

type Props = Omit<
  MultiSelectProps,
  'data' | 'searchValue' | 'onSearchChange' | 'nothingFoundMessage'
> & {
  data: string[];
};

/** What the field says when the typed word is not one of the 課題. */
const notOnList = (word: string) =>
  `「${word}」は課題の一覧にありません。管理者が 管理 → 課題の選択肢 で追加できます。`;

/**
 * 課題 tags: typing narrows the list and highlights the first match, so Enter picks it (an Enter
 * that only confirms an IME conversion does nothing else: the combobox ignores composing keys);
 * a word that is on no tag says so at the field, and how 管理 adds one.
 */
export function IssueTagsSelect({ data, description, ...props }: Props) {
  const [search, setSearch] = useState('');
  const word = search.trim();
  const unknown =
    word !== '' && !data.some((tag) => tag.toLowerCase().includes(word.toLowerCase()));
  return (
    <div data-testid="issue-tags">
      <MultiSelect
        {...props}
        data={data}
        searchable
        hidePickedOptions
        selectFirstOptionOnChange
        searchValue={search}
        onSearchChange={setSearch}
        nothingFoundMessage={word === '' ? undefined : notOnList(word)}
        description={unknown ? notOnList(word) : description}
        styles={unknown ? { description: { color: 'var(--mantine-color-orange-8)' } } : undefined}
      />
    </div>
  );
}
