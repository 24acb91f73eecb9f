import { Button, MultiSelect, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import {
  consentKinds,
  consentStates,
  fields,
  stages,
  type Stage,
} from '../../../../electron/contract';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { useIssueTags } from '../../components/codes/useIssueTags';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { isFiltered, type CaseListFilters, type CaseSort } from './caseListFilters';

type Props = {
  filters: CaseListFilters;
  onChange: (patch: Partial<CaseListFilters>) => void;
  onClear: () => void;
};

const t = ja.caseList;
const sortOptions = (Object.keys(t.sorts) as CaseSort[]).map((value) => ({
  value,
  label: t.sorts[value],
}));
const stageOptions = codeOptions(stages);

/** The filters of ケース一覧; every change reloads the list. */
export function CaseListFilterBar({ filters, onChange, onClear }: Props) {
  const { options: staffOptions } = useStaffOptions();
  const tags = useIssueTags(filters.tag ? [filters.tag] : []);
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="sm" verticalSpacing="xs">
          <LabelledSegmented
            label={t.status}
            value={filters.status}
            onChange={(value) => onChange({ status: value as CaseListFilters['status'] })}
            data={[
              { value: 'open', label: t.statusOpen },
              { value: 'closed', label: t.statusClosed },
              { value: 'all', label: t.statusAll },
            ]}
          />
          <MultiSelect
            label={t.stages}
            placeholder={filters.stages.length === 0 ? t.stagesPlaceholder : undefined}
            data={stageOptions}
            value={filters.stages}
            onChange={(values) =>
              onChange({ stages: values.filter((v): v is Stage => isCode(stages, v)) })
            }
            clearable
          />
          <Select
            label={t.staff}
            placeholder={ja.list.any}
            data={staffOptions}
            value={filters.staffId}
            onChange={(staffId) => onChange({ staffId })}
            clearable
            searchable
          />
          <Select
            label={t.field}
            placeholder={ja.list.any}
            data={codeOptions(fields)}
            value={filters.field}
            onChange={(v) => onChange({ field: isCode(fields, v) ? v : null })}
            clearable
          />
          <Select
            label={t.tag}
            placeholder={ja.list.any}
            data={tags}
            value={filters.tag}
            onChange={(tag) => onChange({ tag })}
            clearable
            searchable
          />
          <Select
            label={t.consentKind}
            placeholder={ja.list.any}
            data={codeOptions(consentKinds)}
            value={filters.consentKind}
            onChange={(v) =>
              onChange(
                isCode(consentKinds, v)
                  ? { consentKind: v, consentState: filters.consentState ?? 'given' }
                  : { consentKind: null, consentState: null },
              )
            }
            clearable
          />
          <Select
            label={t.consentState}
            placeholder={ja.list.any}
            data={codeOptions(consentStates)}
            value={filters.consentState}
            onChange={(v) => onChange({ consentState: isCode(consentStates, v) ? v : null })}
            disabled={filters.consentKind === null}
            // A kind without a state filters nothing while the bar still shows the kind chosen:
            // once a kind is chosen (which picks 同意あり), a state stays chosen.
            allowDeselect={false}
          />
          <LabelledSegmented
            label={t.coordination}
            value={filters.coordination}
            onChange={(value) =>
              onChange({ coordination: value as CaseListFilters['coordination'] })
            }
            data={[
              { value: 'any', label: ja.list.any },
              { value: 'yes', label: ja.list.yes },
              { value: 'no', label: ja.list.no },
            ]}
          />
          <JapaneseDateInput
            label={t.receivedFrom}
            value={filters.receivedFrom}
            onChange={(e) => onChange({ receivedFrom: e.currentTarget.value })}
            compact
          />
          <JapaneseDateInput
            label={t.receivedTo}
            value={filters.receivedTo}
            onChange={(e) => onChange({ receivedTo: e.currentTarget.value })}
            compact
          />
          <Select
            label={t.sort}
            data={sortOptions}
            value={filters.sort}
            onChange={(v) => onChange({ sort: v ?? 'receivedDesc' })}
            allowDeselect={false}
          />
          <Stack justify="flex-end">
            <Button variant="default" onClick={onClear} disabled={!isFiltered(filters)}>
              {t.clear}
            </Button>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
