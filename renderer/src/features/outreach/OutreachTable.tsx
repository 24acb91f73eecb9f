import { Table, Text } from '@mantine/core';
import type { OutreachSummary } from '../../../../electron/contract/schemas/outreach';
import { navigate, routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { DaysBadge } from '../../components/table/DaysBadge';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';
import { isStale } from './outreachStageSteps';
import { OutreachStageBadge } from './OutreachStageBadge';

/** The outreach list: who, 段階, 地区, when known, contacts and how long since the last one. */
export function OutreachTable({ targets }: { targets: OutreachSummary[] }) {
  const t = ja.outreach;
  const c = t.columns;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing={8} aria-label={t.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.name}</Table.Th>
            <Table.Th w={110}>{c.stage}</Table.Th>
            <Table.Th w={110}>{c.district}</Table.Th>
            <Table.Th w={150}>{c.raisedOn}</Table.Th>
            <Table.Th w={70}>{c.contacts}</Table.Th>
            <Table.Th w={150}>{c.lastContact}</Table.Th>
            <Table.Th w={90}>{c.days}</Table.Th>
            <Table.Th w={120}>{c.staff}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target) => (
            <Table.Tr
              key={target.id}
              data-testid="outreach-row"
              {...openableRowProps(() => navigate(routes.outreach(target.id)))}
            >
              <Table.Td>
                <Text fz="sm" fw={700}>
                  {target.name}
                </Text>
                {target.nameKana && (
                  <Text fz="xs" c="dimmed">
                    {target.nameKana}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <OutreachStageBadge stage={target.stage} />
              </Table.Td>
              <Table.Td>{target.district}</Table.Td>
              <Table.Td>{formatIsoWareki(target.raisedOn)}</Table.Td>
              <Table.Td>{t.contactCount(target.contactCount)}</Table.Td>
              <Table.Td>
                {target.lastContactOn ? formatIsoWareki(target.lastContactOn) : t.none}
              </Table.Td>
              <Table.Td>
                <DaysBadge
                  days={target.daysSinceContact}
                  stale={isStale(target)}
                  staleLabel={t.stale}
                  format={t.days}
                />
              </Table.Td>
              <Table.Td>{target.mainStaffName ?? ja.list.none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
