import {
  ActionIcon,
  Autocomplete,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ja } from '../../i18n/ja';
import type { PickGroup } from '../caseDetail/pickLists';
import { emptyRow, type PlanFormValues } from './planFormValues';

type Props = { form: UseFormReturnType<PlanFormValues>; assignees: PickGroup[] };

/** 支援内容: one row per support, added, removed and put in order with ↑ ↓. */
export function PlanRowsTable({ form, assignees }: Props) {
  const t = ja.plans;
  const rows = form.values.rows;
  const issueChoices = [
    ...new Set(form.values.issues.map((i) => i.issue.trim()).filter((i) => i !== '')),
  ];
  const at = (i: number, field: string) => form.getInputProps(`rows.${i}.${field}`);
  const named = (label: string, i: number) => `${label}（${i + 1}行目）`;

  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {t.rows}
      </Title>
      {rows.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t.noRows}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t.rows} verticalSpacing="xs" withTableBorder layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={36}>#</Table.Th>
                <Table.Th w={150}>{t.rowIssue}</Table.Th>
                <Table.Th>
                  {t.rowContent}
                  <Text span c="red">
                    {' *'}
                  </Text>
                </Table.Th>
                <Table.Th w={220}>{t.assignee}</Table.Th>
                <Table.Th w={104}>{t.frequency}</Table.Th>
                <Table.Th w={104}>{t.period}</Table.Th>
                <Table.Th w={108} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={row.key} style={{ verticalAlign: 'top' }} data-testid="plan-row">
                  <Table.Td pt={14}>{i + 1}</Table.Td>
                  <Table.Td>
                    <Autocomplete
                      aria-label={named(t.rowIssue, i)}
                      data={issueChoices}
                      {...at(i, 'issue')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label={named(t.rowContent, i)}
                      autosize
                      minRows={1}
                      maxRows={6}
                      {...at(i, 'content')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Select
                        aria-label={named(t.assigneePick, i)}
                        placeholder={t.assigneePick}
                        data={assignees}
                        searchable
                        clearable
                        {...at(i, 'assignee')}
                      />
                      <TextInput
                        aria-label={named(t.assigneeText, i)}
                        placeholder={t.assigneeTextHint}
                        {...at(i, 'assigneeText')}
                      />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={named(t.frequency, i)}
                      placeholder={t.frequencyHint}
                      {...at(i, 'frequency')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={named(t.period, i)}
                      placeholder={t.periodHint}
                      {...at(i, 'period')}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" pt={4}>
                      <ActionIcon
                        variant="default"
                        aria-label={t.moveUp(i + 1)}
                        disabled={i === 0}
                        onClick={() => form.reorderListItem('rows', { from: i, to: i - 1 })}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        aria-label={t.moveDown(i + 1)}
                        disabled={i === rows.length - 1}
                        onClick={() => form.reorderListItem('rows', { from: i, to: i + 1 })}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t.remove(t.rowContent, i + 1)}
                        onClick={() => form.removeListItem('rows', i)}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('rows', emptyRow())}>
          ＋ {t.addRow}
        </Button>
      </Group>
    </Stack>
  );
}
