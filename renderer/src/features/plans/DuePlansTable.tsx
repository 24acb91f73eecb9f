import { Anchor, Badge, Table } from '@mantine/core';
import type { DuePlan } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';

/** 確定 plans whose 次回評価予定日 has come, each linking to its case (ホーム and 支援プラン). */
export function DuePlansTable({ plans }: { plans: DuePlan[] }) {
  const t = ja.plans;
  return (
    <Table aria-label={t.dueTitle} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.dueCase}</Table.Th>
          <Table.Th>{t.dueName}</Table.Th>
          <Table.Th>{t.version}</Table.Th>
          <Table.Th>{t.nextEvaluationOn}</Table.Th>
          <Table.Th>{t.dueDays}</Table.Th>
          <Table.Th>{t.dueMainStaff}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {plans.map((plan) => (
          <Table.Tr key={plan.planId} data-testid="due-plan">
            <Table.Td>
              <Anchor href={routes.caseDetail(plan.caseId)}>{plan.caseNumber}</Anchor>
            </Table.Td>
            <Table.Td>
              <Anchor href={routes.caseDetail(plan.caseId)}>{plan.personName}</Anchor>
            </Table.Td>
            <Table.Td>{t.versionLabel(plan.version)}</Table.Td>
            <Table.Td>{formatIsoWareki(plan.nextEvaluationOn)}</Table.Td>
            <Table.Td>
              <Badge color={plan.daysOverdue > 30 ? 'red' : 'orange'} variant="light">
                {t.dueOverdue(plan.daysOverdue)}
              </Badge>
            </Table.Td>
            <Table.Td>{plan.mainStaffName ?? ja.list.none}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
