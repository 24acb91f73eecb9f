import { Group, Select, Switch, TextInput } from '@mantine/core';
import { resourceKinds } from '../../../../electron/contract/communityCodes';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { ja } from '../../i18n/ja';
import type { ResourceFilter } from './resourceFilter';

type Props = {
  filter: ResourceFilter;
  onFilter: (filter: ResourceFilter) => void;
  /** 「資源を探す」 lists active resources only, so it has no 休止中 switch. */
  showInactiveSwitch: boolean;
};

/** 種類, words in the name, place or 地区, free places, and (in the directory) 休止中. */
export function ResourceFilters({ filter, onFilter, showInactiveSwitch }: Props) {
  const t = ja.resources;
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Select
        label={t.kindFilter}
        placeholder={t.allKinds}
        w={220}
        clearable
        data={codeOptions(resourceKinds)}
        value={filter.kind}
        onChange={(value) =>
          onFilter({ ...filter, kind: isCode(resourceKinds, value) ? value : null })
        }
      />
      <TextInput
        label={t.words}
        placeholder={t.wordsPlaceholder}
        w={260}
        type="search"
        value={filter.words}
        onChange={(event) => onFilter({ ...filter, words: event.currentTarget.value })}
      />
      <Switch
        label={t.freeOnly}
        mb={8}
        checked={filter.withFreeCapacity}
        onChange={(event) => onFilter({ ...filter, withFreeCapacity: event.currentTarget.checked })}
      />
      {showInactiveSwitch && (
        <Switch
          label={t.showInactive}
          mb={8}
          checked={!filter.activeOnly}
          onChange={(event) => onFilter({ ...filter, activeOnly: !event.currentTarget.checked })}
        />
      )}
    </Group>
  );
}
