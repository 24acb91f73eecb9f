import { Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { planGoalKinds, type PlanView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { assigneeLabel } from './planAssignee';

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={3} fz="md">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Prose({ text }: { text: string }) {
  const t = ja.plans;
  return text.trim() === '' ? (
    <Text c="dimmed" fz="sm">
      {t.noContent}
    </Text>
  ) : (
    <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

/** A version's content, read only: what the person wants, 課題, goals and 支援内容. */
export function PlanContentView({ plan }: { plan: PlanView }) {
  const t = ja.plans;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Block title={t.personWishes}>
          <Prose text={plan.personWishes} />
        </Block>
        <Block title={t.householdGoal}>
          <Prose text={plan.householdGoal} />
        </Block>
      </SimpleGrid>
      <Block title={t.issues}>
        {plan.issues.length === 0 ? (
          <Prose text="" />
        ) : (
          <Table aria-label={t.issues} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="35%">{t.issue}</Table.Th>
                <Table.Th>{t.background}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.issues.map((row, i) => (
                <Table.Tr key={i} style={{ whiteSpace: 'pre-wrap' }}>
                  <Table.Td>{row.issue}</Table.Td>
                  <Table.Td>{row.background}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Block>
      <Block title={t.goals}>
        {plan.goals.length === 0 && <Prose text="" />}
        <Stack gap={6} data-testid="plan-goals">
          {plan.goals.map((goal) => (
            <Group key={goal.id} gap="sm" wrap="nowrap" align="flex-start">
              <Badge variant="light" color={goal.kind === 'long' ? 'indigo' : 'teal'} w={84}>
                {planGoalKinds.labels[goal.kind]}
              </Badge>
              <Text fz="sm">{goal.text}</Text>
            </Group>
          ))}
        </Stack>
      </Block>
      <Block title={t.rows}>
        {plan.rows.length === 0 ? (
          <Prose text="" />
        ) : (
          <Table aria-label={t.rows} withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>#</Table.Th>
                <Table.Th w="18%">{t.rowIssue}</Table.Th>
                <Table.Th>{t.rowContent}</Table.Th>
                <Table.Th w="22%">{t.assignee}</Table.Th>
                <Table.Th w={110}>{t.frequency}</Table.Th>
                <Table.Th w={110}>{t.period}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.rows.map((row, i) => (
                <Table.Tr key={i} style={{ whiteSpace: 'pre-wrap' }} data-testid="plan-row">
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{row.issue}</Table.Td>
                  <Table.Td>{row.content}</Table.Td>
                  <Table.Td>{assigneeLabel(row)}</Table.Td>
                  <Table.Td>{row.frequency}</Table.Td>
                  <Table.Td>{row.period}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Block>
      <Group gap="lg">
        <Text fz="sm">
          {t.referralParticipation}：{plan.referralParticipation ? t.yes : '—'}
        </Text>
        <Text fz="sm">
          {t.referralOutreach}：{plan.referralOutreach ? t.yes : '—'}
        </Text>
      </Group>
    </Stack>
  );
}
