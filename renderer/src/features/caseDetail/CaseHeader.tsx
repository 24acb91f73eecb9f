import { closeReasonText } from './closeReasonText';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Spoiler,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { fields, routes as routeCodes, type CaseDetail } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { HistoryButton } from '../history/HistoryButton';
import { PrintMenu } from '../print/PrintMenu';
import { CaseFlagBadges } from './CaseFlagBadges';
import { ConsentBadges } from './ConsentBadges';
import { InfoItem } from './InfoItem';

type Props = { detail: CaseDetail; onEdit: (() => void) | null };

/** 来談者 as 「山田 花子（長女）」, or '' (未設定) when the person came alone or it was not noted. */
function visitorText(detail: CaseDetail): string {
  if (!detail.visitorName) return detail.visitorRelation;
  return detail.visitorRelation
    ? `${detail.visitorName}（${detail.visitorRelation}）`
    : detail.visitorName;
}

/** Who the case is about, where it stands, who holds it, and the consent in force — at a glance. */
export function CaseHeader({ detail, onEdit }: Props) {
  const t = ja.caseDetail;
  const { person } = detail;
  return (
    <Paper withBorder p="lg" radius="md" component="header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={6} miw={0}>
            <Group gap="sm" wrap="wrap">
              <Text fz="sm" c="dimmed">
                {t.caseNumber}
              </Text>
              <Text fz="sm" fw={700} ff="monospace" data-testid="case-number">
                {detail.caseNumber}
              </Text>
              <CaseFlagBadges detail={detail} />
            </Group>
            <Group gap="sm" align="baseline" wrap="wrap">
              <Title order={1} fz={26}>
                {person.name}
              </Title>
              {person.nameKana && <Text c="dimmed">（{person.nameKana}）</Text>}
              <Text>{person.age === null ? t.ageUnknown : t.age(person.age)}</Text>
              <Anchor href={routes.household(detail.householdId)} fz="sm">
                {t.viewHousehold}
              </Anchor>
            </Group>
          </Stack>
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <HistoryButton record="case" id={detail.id} />
            <PrintMenu caseId={detail.id} />
            {onEdit && (
              <Button variant="light" onClick={onEdit}>
                {t.edit}
              </Button>
            )}
          </Group>
        </Group>
        <ConsentBadges consents={detail.consents} />
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="xs">
          <InfoItem label={t.mainStaff}>{detail.mainStaffName}</InfoItem>
          <InfoItem label={t.subStaff}>{detail.subStaffName}</InfoItem>
          <InfoItem label={t.mainAgency}>{detail.mainAgencyName}</InfoItem>
          <InfoItem label={t.receivedOn}>
            {`${formatIsoWareki(detail.receivedOn)}・${routeCodes.labels[detail.route]}`}
          </InfoItem>
          <InfoItem label={t.fields}>
            {detail.fields.map((f) => fields.labels[f]).join('・')}
          </InfoItem>
          <InfoItem label={t.tags}>{detail.tags.join('・')}</InfoItem>
          <InfoItem label={t.mainTag}>{detail.mainTag}</InfoItem>
          <InfoItem label={t.visitor}>{visitorText(detail)}</InfoItem>
          {detail.visitorPhone && <InfoItem label={t.visitorPhone}>{detail.visitorPhone}</InfoItem>}
        </SimpleGrid>
        {detail.chiefComplaint && (
          <Stack gap={0}>
            <Text fz="xs" c="dimmed" fw={700}>
              {t.chiefComplaint}
            </Text>
            {/* As written, line breaks kept; a long one opens on request. */}
            <Spoiler maxHeight={66} showLabel={t.showMore} hideLabel={t.showLess} fz="sm">
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="chief-complaint">
                {detail.chiefComplaint}
              </Text>
            </Spoiler>
          </Stack>
        )}
        {detail.stage === 'closed' && detail.closedOn && (
          <Alert color="gray" variant="light" p="xs" data-testid="closed-notice">
            <Text fz="sm" fw={700}>
              {t.closed(formatIsoWareki(detail.closedOn))}
              {closeReasonText(detail) !== '' && `：${closeReasonText(detail)}`}
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
