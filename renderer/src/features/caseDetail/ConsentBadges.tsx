import { Badge, Group, Text } from '@mantine/core';
import { consentKinds, consentStates, type CaseDetail } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { consentStateColors, stateInForce } from './consentDisplay';

/** The consent in force, one compact badge per kind, colored by state and dated. */
export function ConsentBadges({ consents }: { consents: CaseDetail['consents'] }) {
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={ja.caseDetail.consent}>
      <Text fz="sm" fw={700} mr={4}>
        {ja.caseDetail.consent}
      </Text>
      {consentKinds.codes.map((kind) => {
        const current = consents.current[kind];
        const state = stateInForce(current);
        return (
          <Badge
            key={kind}
            data-testid={`consent-badge-${kind}`}
            color={consentStateColors[state]}
            variant={state === 'unconfirmed' ? 'light' : 'filled'}
            size="lg"
            radius="sm"
            tt="none"
            fw={500}
            title={consentKinds.labels[kind]}
          >
            {ja.caseDetail.consentShort[kind]}：{consentStates.labels[state]}
            {current ? `（${formatIsoWareki(current.recordedOn)}）` : ''}
          </Badge>
        );
      })}
    </Group>
  );
}
