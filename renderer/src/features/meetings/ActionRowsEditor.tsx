import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ja } from '../../i18n/ja';
import { newActionDraft, type ActionDraft } from './caseMinutesValues';

type Props = {
  rows: readonly ActionDraft[];
  writable: boolean;
  errors: Record<string, string>;
  onChange: (rows: ActionDraft[]) => void;
};

/** 今後のアクション: one row per agency or person — 担当, 内容 and 期限 — added and removed here. */
export function ActionRowsEditor({ rows, writable, errors, onChange }: Props) {
  const t = ja.meetings.minutes;
  const patch = (key: string, change: Partial<ActionDraft>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <Stack gap={4} role="group" aria-label={t.actions}>
      <Text fz="sm" fw={500}>
        {t.actions}
      </Text>
      <Text fz="xs" c="dimmed">
        {t.actionsHint}
      </Text>
      {rows.length === 0 && (
        <Text fz="sm" c="dimmed">
          {t.noActions}
        </Text>
      )}
      {rows.map((row, i) => (
        <Group key={row.key} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={`${t.assignee}（${i + 1}行目）`}
            placeholder={t.assignee}
            w={220}
            value={row.assignee}
            readOnly={!writable}
            onChange={(e) => patch(row.key, { assignee: e.currentTarget.value })}
          />
          <TextInput
            aria-label={`${t.content}（${i + 1}行目）`}
            placeholder={t.content}
            style={{ flex: 1 }}
            value={row.content}
            readOnly={!writable}
            onChange={(e) => patch(row.key, { content: e.currentTarget.value })}
            error={errors[`${row.key}.content`]}
          />
          <JapaneseDateInput
            aria-label={`${t.dueOn}（${i + 1}行目）`}
            placeholder={t.dueOn}
            w={200}
            value={row.dueOn}
            readOnly={!writable}
            onChange={(e) => patch(row.key, { dueOn: e.currentTarget.value })}
            error={errors[`${row.key}.dueOn`]}
          />
          {writable && (
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={6}
              aria-label={t.removeAction(i + 1)}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {writable && (
        <Group>
          <Button size="xs" variant="light" onClick={() => onChange([...rows, newActionDraft()])}>
            {t.addAction}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
