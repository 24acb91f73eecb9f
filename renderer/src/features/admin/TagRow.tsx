import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ja } from '../../i18n/ja';

type Props = {
  label: string;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
  /** Returns the refusal to show, or null once saved. */
  onRename: (label: string) => Promise<string | null>;
  onMove: (delta: -1 | 1) => void;
  onRetire: () => void;
};

/** One 課題 of the list: move up and down, rename in place (Enter saves, Esc cancels), retire. */
export function TagRow({
  label,
  position,
  isFirst,
  isLast,
  busy,
  onRename,
  onMove,
  onRetire,
}: Props) {
  const t = ja.adminPage;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (text: string) => {
    const refusal = await onRename(text);
    setError(refusal);
    if (refusal === null) setDraft(null);
  };

  return (
    <Group
      gap="xs"
      wrap="nowrap"
      py={4}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Text fz="sm" c="dimmed" w={28} ta="right">
        {position}
      </Text>
      {draft === null ? (
        <Text fz="sm" style={{ flex: 1 }}>
          {label}
        </Text>
      ) : (
        <form
          style={{ flex: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            void save(draft);
          }}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t.renameLabel(label)}
              value={draft}
              error={error}
              autoFocus
              size="xs"
              style={{ flex: 1 }}
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setDraft(null);
              }}
            />
            <Button type="submit" size="xs" loading={busy}>
              {t.save}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDraft(null)}>
              {t.cancel}
            </Button>
          </Group>
        </form>
      )}
      <ActionIcon
        variant="default"
        aria-label={t.moveUp(label)}
        disabled={busy || isFirst}
        onClick={() => onMove(-1)}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={t.moveDown(label)}
        disabled={busy || isLast}
        onClick={() => onMove(1)}
      >
        ↓
      </ActionIcon>
      <Button
        size="compact-sm"
        variant="subtle"
        disabled={busy || draft !== null}
        onClick={() => {
          setError(null);
          setDraft(label);
        }}
      >
        {t.rename}
      </Button>
      <Button size="compact-sm" variant="subtle" color="gray" disabled={busy} onClick={onRetire}>
        {t.retire}
      </Button>
    </Group>
  );
}
