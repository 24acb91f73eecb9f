import { Alert, Anchor, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { resourceKinds } from '../../../../electron/contract/communityCodes';
import type { MatchView } from '../../../../electron/contract/schemas/participation';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { InfoItem } from '../caseDetail/InfoItem';
import { FollowUpForm } from './FollowUpForm';
import { FollowUpList } from './FollowUpList';
import { HostSupportEditor } from './HostSupportEditor';
import { isOpenMatch } from './matchStatusSteps';
import { MatchStatusBadge } from './MatchStatusBadge';
import { MatchStepper } from './MatchStepper';

type Props = { match: MatchView; writable: boolean; onChange: (match: MatchView) => void };

/**
 * The match screen: who and where, the status path, 受入先への支援, and the follow-ups with the
 * form to add one (which may also move the status).
 */
export function MatchScreen({ match, writable, onChange }: Props) {
  const t = ja.matches;
  const canEdit = writable && match.editable;
  const open = isOpenMatch(match.status);
  const saved = (next: MatchView, message: string) => {
    notifications.show({ color: 'teal', message });
    onChange(next);
  };

  return (
    <Stack gap="md" maw={1100}>
      <Anchor href={routes.matchList()} fz="sm">
        {t.backToList}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={1} fz={26} data-testid="match-title">
          {`${match.personName} — ${match.resourceName}`}
        </Title>
        <MatchStatusBadge status={match.status} />
      </Group>
      <MatchStepper match={match} />
      {!open && <Alert color="gray">{t.closedNotice}</Alert>}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <InfoItem label={t.person}>{match.personName}</InfoItem>
        <InfoItem label={t.resource}>{match.resourceName}</InfoItem>
        <InfoItem label={ja.resources.kind}>{resourceKinds.labels[match.resourceKind]}</InfoItem>
        <InfoItem label={t.caseNumber}>
          {match.caseId !== null && match.caseNumber !== null ? (
            <Anchor href={routes.caseDetail(match.caseId)} fz="sm">
              {match.caseNumber}
            </Anchor>
          ) : null}
        </InfoItem>
        <InfoItem label={t.staff}>{match.staffName}</InfoItem>
        <InfoItem label={t.proposedOn}>{formatIsoWareki(match.proposedOn)}</InfoItem>
        <InfoItem label={t.startedOn}>{formatIsoWareki(match.startedOn)}</InfoItem>
        <InfoItem label={t.endedOn}>{formatIsoWareki(match.endedOn)}</InfoItem>
      </SimpleGrid>
      <SectionCard title={t.hostSupport} label={t.hostSupport}>
        <HostSupportEditor
          match={match}
          writable={canEdit}
          onSaved={(next) => saved(next, t.saved)}
        />
      </SectionCard>
      <SectionCard title={t.followUps} label={t.followUps}>
        {canEdit && (
          <FollowUpForm
            matchId={match.id}
            status={match.status}
            onSaved={(next) => saved(next, t.followedUp)}
          />
        )}
        <FollowUpList followUps={match.followUps} />
      </SectionCard>
    </Stack>
  );
}
