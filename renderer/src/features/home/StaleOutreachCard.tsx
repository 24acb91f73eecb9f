import { Anchor, Badge, Table } from '@mantine/core';
import type { OutreachSummary } from '../../../../electron/contract/schemas/outreach';
import type { FirstRows } from '../../../../electron/contract/schemas/dashboard';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ReminderCard } from '../../components/ReminderCard';
import { ja } from '../../i18n/ja';
import { OutreachStageBadge } from '../outreach/OutreachStageBadge';

/**
 * ホーム: outreach targets with no contact for 30 days or more, the longest silent first, each
 * opening its screen; how many there are, and the way to the list.
 */
export function StaleOutreachCard({ stale }: { stale: FirstRows<OutreachSummary> }) {
  const t = ja.dashboard;
  const c = t.outreachColumns;
  return (
    <ReminderCard
      title={t.staleOutreach}
      shown={stale.rows.length}
      total={stale.total}
      href={routes.outreachList()}
      linkLabel={t.allOutreach}
    >
      <Table aria-label={t.staleOutreach} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.name}</Table.Th>
            <Table.Th>{c.stage}</Table.Th>
            <Table.Th>{c.last}</Table.Th>
            <Table.Th>{c.days}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stale.rows.map((target) => (
            <Table.Tr key={target.id} data-testid="stale-outreach">
              <Table.Td>
                <Anchor href={routes.outreach(target.id)}>{target.name}</Anchor>
              </Table.Td>
              <Table.Td>
                <OutreachStageBadge stage={target.stage} />
              </Table.Td>
              <Table.Td>
                {target.lastContactOn ? formatIsoWareki(target.lastContactOn) : ja.outreach.none}
              </Table.Td>
              <Table.Td>
                <Badge color="red" variant="light" radius="sm" tt="none">
                  {t.daysSince(target.daysSinceContact)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReminderCard>
  );
}
