import { Anchor, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MyNextActions, NextActionItem } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { completeNextAction } from './completeNextAction';

type Props = {
  items: MyNextActions;
  /** After an item is done: ホーム reads its lists again. */
  onChanged: () => void;
};

function ItemsTable({
  label,
  list,
  overdue,
  onChanged,
}: {
  label: string;
  list: MyNextActions['today'];
  overdue: boolean;
  onChanged: () => void;
}) {
  const t = ja.nextActions;
  const c = t.columns;
  const [busyId, setBusyId] = useState<number | null>(null);
  const complete = (item: NextActionItem) => {
    setBusyId(item.id);
    void completeNextAction(item.id).then((done) => {
      setBusyId(null);
      if (done) onChanged();
    });
  };
  return (
    <>
      <Table aria-label={label} highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{c.due}</Table.Th>
            <Table.Th w={100}>{c.caseNumber}</Table.Th>
            <Table.Th w={130}>{c.name}</Table.Th>
            <Table.Th>{c.text}</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.rows.map((item) => (
            <Table.Tr
              key={item.id}
              data-testid={overdue ? 'next-action-overdue' : 'next-action-today'}
            >
              <Table.Td>
                {formatIsoWareki(item.dueOn)}
                {overdue && (
                  <Badge ml={6} color="red" variant="light" radius="sm" tt="none">
                    {t.daysOverdue(item.daysOverdue)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Anchor href={routes.caseDetail(item.caseId)}>{item.caseNumber}</Anchor>
              </Table.Td>
              <Table.Td>{item.personName}</Table.Td>
              <Table.Td>
                <Text fz="sm" lineClamp={2} title={item.text} style={{ whiteSpace: 'pre-wrap' }}>
                  {item.text}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  loading={busyId === item.id}
                  aria-label={t.completeLabel(item.text)}
                  onClick={() => complete(item)}
                >
                  {t.complete}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.total > list.rows.length && (
        <Text fz="sm" c="dimmed">
          {t.more(list.total - list.rows.length)}
        </Text>
      )}
    </>
  );
}

/**
 * ホーム: the viewer's dated 次の対応 — 期限切れ first (oldest first, with the days past), then
 * 今日の予定 — each opening its case and done with 完了 (who and when are kept).
 */
export function NextActionsCard({ items, onChanged }: Props) {
  const t = ja.nextActions;
  const { today, overdue } = items;
  return (
    <SectionCard
      title={`${t.cardTitle}（${ja.list.total(today.total + overdue.total)}）`}
      label={t.cardTitle}
    >
      {overdue.total > 0 && (
        <Stack gap={4}>
          <Title order={3} fz="md" c="red.8">
            {t.overdue}（{ja.list.total(overdue.total)}）
          </Title>
          <ItemsTable label={t.overdue} list={overdue} overdue onChanged={onChanged} />
        </Stack>
      )}
      <Stack gap={4}>
        <Title order={3} fz="md">
          {t.today}（{ja.list.total(today.total)}）
        </Title>
        {today.total === 0 ? (
          <Text fz="sm" c="dimmed">
            {t.todayEmpty}
          </Text>
        ) : (
          <ItemsTable label={t.today} list={today} overdue={false} onChanged={onChanged} />
        )}
      </Stack>
    </SectionCard>
  );
}
