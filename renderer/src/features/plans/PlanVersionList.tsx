import { Button, Table, Text } from '@mantine/core';
import { planDecisions, type PlanSummary } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { PlanStatusBadge } from './PlanStatusBadge';

type Props = {
  versions: PlanSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
};

/** Every version of the case's plan, newest first; the one shown is marked. */
export function PlanVersionList({ versions, selectedId, onSelect }: Props) {
  const t = ja.plans;
  return (
    <Table aria-label={t.versions} highlightOnHover withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.version}</Table.Th>
          <Table.Th>{t.createdOn}</Table.Th>
          <Table.Th>{t.status}</Table.Th>
          <Table.Th>{t.nextEvaluationOn}</Table.Th>
          <Table.Th>{t.lastDecision}</Table.Th>
          <Table.Th w={110} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((v) => {
          const selected = v.id === selectedId;
          return (
            <Table.Tr
              key={v.id}
              bg={selected ? 'teal.0' : undefined}
              aria-current={selected ? 'true' : undefined}
              data-testid="plan-version"
            >
              <Table.Td>
                <Text fw={700} span>
                  {t.versionLabel(v.version)}
                </Text>
                <Text span c="dimmed" fz="sm" ml={6}>
                  {t.versionKind(v.version)}
                </Text>
              </Table.Td>
              <Table.Td>{formatIsoWareki(v.createdOn)}</Table.Td>
              <Table.Td>
                <PlanStatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>
                {v.status === 'ended' ? '—' : formatIsoWareki(v.nextEvaluationOn)}
              </Table.Td>
              <Table.Td>{v.lastDecision ? planDecisions.labels[v.lastDecision] : '—'}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant={selected ? 'filled' : 'default'}
                  aria-label={`${t.versionLabel(v.version)}を${t.show}`}
                  onClick={() => onSelect(v.id)}
                >
                  {selected ? t.selected : t.show}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
