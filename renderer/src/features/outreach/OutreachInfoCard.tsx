import { SimpleGrid, Stack, Text } from '@mantine/core';
import { sexes } from '../../../../electron/contract';
import type { OutreachView } from '../../../../electron/contract/schemas/outreach';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { InfoItem } from '../caseDetail/InfoItem';

/** What is known: who raised the concern and when, the person as far as known, the situation. */
export function OutreachInfoCard({ target }: { target: OutreachView }) {
  const t = ja.outreach;
  const raisedBy = [target.raisedBy, target.raisedByAgencyName].filter(Boolean).join('・');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <InfoItem label={t.raisedOn}>{formatIsoWareki(target.raisedOn)}</InfoItem>
        <InfoItem label={t.raisedBy}>{raisedBy}</InfoItem>
        <InfoItem label={t.mainStaff}>{target.mainStaffName}</InfoItem>
        <InfoItem label={t.district}>{target.district}</InfoItem>
        <InfoItem label={t.sex}>{target.sex ? sexes.labels[target.sex] : t.sexUnknown}</InfoItem>
        <InfoItem label={t.ageText}>{target.ageText}</InfoItem>
        <InfoItem label={t.address}>{target.address}</InfoItem>
      </SimpleGrid>
      <Stack gap={0}>
        <Text fz="xs" c="dimmed" fw={700}>
          {t.situation}
        </Text>
        <Text
          fz="sm"
          c={target.situation ? undefined : 'dimmed'}
          style={{ whiteSpace: 'pre-wrap' }}
        >
          {target.situation || ja.caseDetail.unset}
        </Text>
      </Stack>
    </Stack>
  );
}
