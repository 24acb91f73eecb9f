import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  auditActions,
  auditActionsOfGroup,
  auditGroupCodes,
} from '../../../../electron/contract/audit/auditActions';
import { auditGroups } from '../../../../electron/contract/audit/auditVocabulary';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useCallData } from '../../components/data/useCallData';
import { auditJa } from '../../i18n/auditJa';
import { emptyAuditFilters, type AuditFilterValues } from './auditFilterValues';
import { PersonFilter } from './PersonFilter';

type Props = { onApply: (values: AuditFilterValues) => void };

// Each group first as a whole (「会議（すべて）」), then its actions one by one.
const actionOptions = auditGroupCodes.map((group) => ({
  group: auditGroups[group],
  items: [
    { value: group, label: `${auditGroups[group]}${auditJa.groupSuffix}` },
    ...auditActionsOfGroup(group).map((action) => ({
      value: action,
      label: auditActions[action].label,
    })),
  ],
}));

/** 職員, 操作, 期間, ケース番号, 人物 — applied together with 絞り込む. */
export function AuditFilterBar({ onApply }: Props) {
  const t = auditJa;
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilters);
  const staff = useCallData('staff.list', {}).data ?? [];
  const set = <K extends keyof AuditFilterValues>(key: K, value: AuditFilterValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  return (
    <form
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label={t.staff}
          placeholder={t.allStaff}
          clearable
          searchable
          data={staff.map((s) => ({
            value: String(s.id),
            label: `${s.displayName}（${s.login}）`,
          }))}
          value={values.staffId}
          onChange={(v) => set('staffId', v)}
        />
        <Select
          label={t.action}
          placeholder={t.allActions}
          clearable
          searchable
          data={actionOptions}
          value={values.action}
          onChange={(v) => set('action', v)}
        />
        <TextInput
          label={t.caseNumber}
          placeholder={t.caseNumberPlaceholder}
          value={values.caseNumber}
          onChange={(e) => set('caseNumber', e.currentTarget.value)}
        />
        <JapaneseDateInput
          label={t.from}
          compact
          value={values.from}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <JapaneseDateInput
          label={t.to}
          compact
          value={values.to}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
        <PersonFilter value={values.person} onChange={(p) => set('person', p)} />
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{t.apply}</Button>
        <Button
          variant="subtle"
          color="gray"
          onClick={() => {
            setValues(emptyAuditFilters);
            onApply(emptyAuditFilters);
          }}
        >
          {t.clear}
        </Button>
      </Group>
    </form>
  );
}
