import { Table, Text } from '@mantine/core';
import { resourceKinds } from '../../../../electron/contract/communityCodes';
import type { MatchSummary } from '../../../../electron/contract/schemas/participation';
import { navigate, routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { DaysBadge } from '../../components/table/DaysBadge';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';
import { isStaleMatch } from './matchStatusSteps';
import { MatchStatusBadge } from './MatchStatusBadge';

type Props = {
  matches: MatchSummary[];
  /** Leaves out 本人 (a person's own list). */ hidePerson?: boolean;
};

/** Matches as rows that open the match screen; long silences since a follow-up are marked. */
export function MatchTable({ matches, hidePerson }: Props) {
  const t = ja.matches;
  const c = t.columns;
  return (
    <Table.ScrollContainer minWidth={hidePerson ? 700 : 900}>
      <Table highlightOnHover verticalSpacing={8} aria-label={t.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            {!hidePerson && <Table.Th w={160}>{c.person}</Table.Th>}
            <Table.Th>{c.resource}</Table.Th>
            <Table.Th w={100}>{c.status}</Table.Th>
            <Table.Th w={150}>{c.proposedOn}</Table.Th>
            <Table.Th w={150}>{c.lastFollowUp}</Table.Th>
            <Table.Th w={90}>{c.days}</Table.Th>
            {!hidePerson && <Table.Th w={100}>{c.caseNumber}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => (
            <Table.Tr
              key={match.id}
              data-testid="match-row"
              {...openableRowProps(() => navigate(routes.match(match.id)))}
            >
              {!hidePerson && (
                <Table.Td>
                  <Text fz="sm" fw={700}>
                    {match.personName}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text fz="sm" fw={hidePerson ? 700 : undefined}>
                  {match.resourceName}
                </Text>
                <Text fz="xs" c="dimmed">
                  {resourceKinds.labels[match.resourceKind]}
                </Text>
              </Table.Td>
              <Table.Td>
                <MatchStatusBadge status={match.status} />
              </Table.Td>
              <Table.Td>{formatIsoWareki(match.proposedOn)}</Table.Td>
              <Table.Td>
                {match.lastFollowUpOn ? formatIsoWareki(match.lastFollowUpOn) : t.none}
              </Table.Td>
              <Table.Td>
                <DaysBadge
                  days={match.daysSinceFollowUp}
                  stale={isStaleMatch(match)}
                  staleLabel={t.stale}
                  format={t.days}
                />
              </Table.Td>
              {!hidePerson && <Table.Td>{match.caseNumber ?? ja.list.none}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
