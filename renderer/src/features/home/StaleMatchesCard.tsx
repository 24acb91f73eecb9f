import { Anchor, Badge, Table } from '@mantine/core';
import type { MatchSummary } from '../../../../electron/contract/schemas/participation';
import type { FirstRows } from '../../../../electron/contract/schemas/dashboard';
import { routes } from '../../app/routes';
import { ReminderCard } from '../../components/ReminderCard';
import { ja } from '../../i18n/ja';
import { MatchStatusBadge } from '../participation/MatchStatusBadge';

/**
 * ホーム: open matches with no follow-up for 30 days or more, the longest silent first, each
 * opening the match; how many there are, and the way to the list.
 */
export function StaleMatchesCard({ stale }: { stale: FirstRows<MatchSummary> }) {
  const t = ja.dashboard;
  const c = t.matchColumns;
  return (
    <ReminderCard
      title={t.staleMatches}
      shown={stale.rows.length}
      total={stale.total}
      href={routes.matchList()}
      linkLabel={t.allMatches}
    >
      <Table aria-label={t.staleMatches} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.person}</Table.Th>
            <Table.Th>{c.resource}</Table.Th>
            <Table.Th>{c.status}</Table.Th>
            <Table.Th>{c.days}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stale.rows.map((match) => (
            <Table.Tr key={match.id} data-testid="stale-match">
              <Table.Td>
                <Anchor href={routes.match(match.id)}>{match.personName}</Anchor>
              </Table.Td>
              <Table.Td>
                <Anchor href={routes.match(match.id)}>{match.resourceName}</Anchor>
              </Table.Td>
              <Table.Td>
                <MatchStatusBadge status={match.status} />
              </Table.Td>
              <Table.Td>
                <Badge color="red" variant="light" radius="sm" tt="none">
                  {t.daysSince(match.daysSinceFollowUp)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ReminderCard>
  );
}
