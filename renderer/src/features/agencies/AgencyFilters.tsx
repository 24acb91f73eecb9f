import { Group, Select, Switch, TextInput } from '@mantine/core';
import { agencyKinds } from '../../../../electron/contract';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { ja } from '../../i18n/ja';
import type { AgencyFilter } from './filterAgencies';

type Props = {
  filter: AgencyFilter;
  onFilter: (filter: AgencyFilter) => void;
  includeInactive: boolean;
  onIncludeInactive: (value: boolean) => void;
};

/** The directory's filters: words, 種別, and whether retired agencies show. */
export function AgencyFilters({ filter, onFilter, includeInactive, onIncludeInactive }: Props) {
  const t = ja.agencyDirectory;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t.filter}
        placeholder={t.filterPlaceholder}
        w={300}
        type="search"
        value={filter.text}
        onChange={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
      />
      <Select
        label={t.kindFilter}
        placeholder={t.allKinds}
        w={240}
        clearable
        data={codeOptions(agencyKinds)}
        value={filter.kind}
        onChange={(value) =>
          onFilter({ ...filter, kind: isCode(agencyKinds, value) ? value : null })
        }
      />
      <Switch
        label={t.showInactive}
        mb={8}
        checked={includeInactive}
        onChange={(event) => onIncludeInactive(event.currentTarget.checked)}
      />
    </Group>
  );
}
