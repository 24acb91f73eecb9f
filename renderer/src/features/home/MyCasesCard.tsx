import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import type { Stage } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { SectionCard } from '../../components/SectionCard';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';
import { rememberCaseListFilters } from '../cases/rememberedFilters';
import { myCasesFilters, stageRows } from './myCasesByStage';

type Props = { staffId: number; byStage: Partial<Record<Stage, number>> };

/** ホーム: my open cases (主担当 or 副担当) by 段階; each row opens ケース一覧 on those cases. */
export function MyCasesCard({ staffId, byStage }: Props) {
  const t = ja.dashboard;
  const rows = stageRows(byStage);
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  const open = (stage: Stage | null) => {
    rememberCaseListFilters(myCasesFilters(staffId, stage));
    navigate(routes.caseList());
  };
  return (
    <SectionCard
      title={t.myCases}
      label={t.myCases}
      action={
        total > 0 && (
          <Anchor component="button" type="button" fz="sm" onClick={() => open(null)}>
            {t.openCases}
          </Anchor>
        )
      }
    >
      {rows.length === 0 ? (
        <Text c="dimmed">{t.myCasesEmpty}</Text>
      ) : (
        <Stack gap={4}>
          <Table aria-label={t.myCases} verticalSpacing={4}>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.stage} data-testid="my-cases-stage">
                  <Table.Td>
                    <StageBadge stage={row.stage} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component="button"
                      type="button"
                      fz="sm"
                      onClick={() => open(row.stage)}
                    >
                      {t.caseCount(row.count)}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Text fz="sm" fw={700}>
              {t.myCasesTotal(total)}
            </Text>
          </Group>
        </Stack>
      )}
    </SectionCard>
  );
}
