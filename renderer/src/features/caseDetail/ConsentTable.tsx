import { Badge, Button, Group, Table, Text } from '@mantine/core';
import {
  consentKinds,
  consentMethods,
  consentStates,
  type ConsentKind,
  type ConsentView,
} from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { historyJa } from '../../i18n/historyJa';
import { ja } from '../../i18n/ja';
import { HistoryButton } from '../history/HistoryButton';
import { consentStateColors, stateInForce } from './consentDisplay';

export type ConsentRow = { key: string; kind: ConsentKind; view: ConsentView | null };

function methodText(view: ConsentView): string {
  if (view.method === null) return '';
  const label = consentMethods.labels[view.method];
  return view.method === 'proxy' && view.proxyName ? `${label}（${view.proxyName}）` : label;
}

/** Consent records as a table; a kind never recorded shows as 未確認 with nothing else. */
export function ConsentTable({
  rows,
  label,
  withHistory = false,
  onCorrect,
}: {
  rows: ConsentRow[];
  label: string;
  /** 訂正 of a record written wrongly (given when the viewer may write). */
  onCorrect?: (view: ConsentView) => void;
  /** Each record's 訂正履歴 at the end of its row (the full history table). */
  withHistory?: boolean;
}) {
  const t = ja.caseConsent;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>{t.kind}</Table.Th>
            <Table.Th w={100}>{t.state}</Table.Th>
            <Table.Th w={130}>{t.date}</Table.Th>
            <Table.Th w={110}>{t.method}</Table.Th>
            <Table.Th w={230}>{t.agencies}</Table.Th>
            <Table.Th w={100}>{t.obtainedBy}</Table.Th>
            <Table.Th>{t.note}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, kind, view }) => {
            const state = stateInForce(view);
            return (
              <Table.Tr key={key}>
                <Table.Td>
                  {consentKinds.labels[kind]}
                  {withHistory && view && (
                    // 訂正履歴 and 訂正 sit under the kind: a column of their own would squeeze 備考.
                    <Group gap={4} wrap="nowrap">
                      <HistoryButton record="consent" id={view.id} />
                      {onCorrect && (
                        <Button variant="subtle" size="compact-sm" onClick={() => onCorrect(view)}>
                          {historyJa.consent.button}
                        </Button>
                      )}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge color={consentStateColors[state]} radius="sm" tt="none" variant="light">
                    {consentStates.labels[state]}
                  </Badge>
                </Table.Td>
                <Table.Td>{view ? formatIsoWareki(view.recordedOn) : t.notRecorded}</Table.Td>
                <Table.Td>{view && methodText(view)}</Table.Td>
                <Table.Td>{view?.agencies.map((a) => a.name).join('、')}</Table.Td>
                <Table.Td>{view?.obtainedByName}</Table.Td>
                <Table.Td>
                  <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {view?.note}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
