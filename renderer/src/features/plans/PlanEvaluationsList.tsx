import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { goalResults, planDecisions, type PlanEvaluationView } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { PrintPreviewModal } from '../print/PrintPreviewModal';
import type { PrintRequest } from '../print/printRequest';

type Props = { planId: number; evaluations: PlanEvaluationView[] };

/** The version's evaluations, newest first, each with its per-goal results and its own sheet. */
export function PlanEvaluationsList({ planId, evaluations }: Props) {
  const t = ja.plans;
  const [request, setRequest] = useState<PrintRequest | null>(null);
  if (evaluations.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {t.evaluations}
      </Title>
      {evaluations.map((ev) => (
        <Paper key={ev.id} withBorder p="sm" radius="md" data-testid="plan-evaluation">
          <Stack gap="xs">
            <Group gap="sm">
              <Text fw={700}>{formatIsoWareki(ev.evaluatedOn)}</Text>
              <Badge variant="light">{planDecisions.labels[ev.decision]}</Badge>
              {ev.evaluatedByName && (
                <Text fz="sm" c="dimmed">
                  {t.evaluatedBy}：{ev.evaluatedByName}
                </Text>
              )}
              <Button
                variant="subtle"
                size="compact-xs"
                ml="auto"
                onClick={() => setRequest({ form: 'evaluation', planId, evaluationId: ev.id })}
              >
                {ja.print.thisEvaluation}
              </Button>
            </Group>
            <Table withTableBorder>
              <Table.Tbody>
                {ev.goals.map((goal) => (
                  <Table.Tr key={goal.goalId}>
                    <Table.Td>{goal.text}</Table.Td>
                    <Table.Td w={100}>{goalResults.labels[goal.result]}</Table.Td>
                    <Table.Td>{goal.comment}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {ev.personChange && (
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t.personChange}：{ev.personChange}
              </Text>
            )}
            {ev.comment && (
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t.evaluationComment}：{ev.comment}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
      {request && <PrintPreviewModal request={request} onClose={() => setRequest(null)} />}
    </Stack>
  );
}
