import { Alert, Badge, Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { CodeListEntry } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { useLoaded } from '../caseDetail/useLoaded';
import { addTag, moveTag, renameTag, restoreTag, retireTag } from './tagListEdits';
import { TagRow } from './TagRow';

const readTags = () => call('codeList.get', { list: 'issueTag' });

/** 課題の選択肢: every change is saved at once (codeList.save), so nothing waits unsaved. */
export function IssueTagEditor() {
  const t = ja.adminPage;
  const { state, reload, set } = useLoaded(readTags);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newTag, setNewTag] = useState('');
  const [newTagError, setNewTagError] = useState<string | null>(null);

  if (state.kind === 'loading') return <Loader color="teal" size="sm" />;
  if (state.kind === 'failed') {
    return (
      <Alert color="red" title={t.loadFailed} role="alert">
        <Button variant="default" size="xs" onClick={reload}>
          {t.retry}
        </Button>
      </Alert>
    );
  }
  const active = state.value.filter((e) => e.active).map((e) => e.label);
  const retired = state.value.filter((e) => !e.active).map((e) => e.label);

  const save = async (labels: string[]): Promise<boolean> => {
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const entries: CodeListEntry[] = await call('codeList.save', { list: 'issueTag', labels });
      set(entries);
      setSaved(true);
      return true;
    } catch (thrown) {
      setError(asApiError(thrown).message);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    const edit = addTag(active, retired, newTag);
    setNewTagError(edit.ok ? null : edit.error);
    if (!edit.ok) setSaved(false);
    if (edit.ok && (await save(edit.labels))) setNewTag('');
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t.tagsTitle}
        </Title>
        <Text fz="sm" c={saved ? 'teal.8' : 'dimmed'} aria-live="polite">
          {busy ? t.saving : saved ? t.tagsSaved : t.savedInstantly}
        </Text>
      </Group>
      <Text fz="sm" c="dimmed">
        {t.tagsLead}
      </Text>
      <Text fz="xs" c="dimmed">
        {t.renameHint}
      </Text>
      <ErrorAlert message={error} />
      <Stack gap={0} role="list" aria-label={t.tagsTitle}>
        {active.length === 0 && <Text c="dimmed">{t.emptyTags}</Text>}
        {active.map((label, index) => (
          <div role="listitem" key={label}>
            <TagRow
              label={label}
              position={index + 1}
              isFirst={index === 0}
              isLast={index === active.length - 1}
              busy={busy}
              onMove={(delta) => void save(moveTag(active, index, delta))}
              onRetire={() => void save(retireTag(active, index))}
              onRename={async (text) => {
                const edit = renameTag(active, retired, index, text);
                if (!edit.ok) return edit.error;
                return (await save(edit.labels)) ? null : '';
              }}
            />
          </div>
        ))}
      </Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group gap="xs" align="flex-start">
          <TextInput
            label={t.newTag}
            placeholder={t.newTagPlaceholder}
            value={newTag}
            error={newTagError}
            w={280}
            onChange={(event) => {
              setNewTag(event.currentTarget.value);
              setNewTagError(null);
            }}
          />
          <Button type="submit" mt={25} loading={busy}>
            {t.add}
          </Button>
        </Group>
      </form>
      {retired.length > 0 && (
        <Stack gap={6} mt="sm">
          <Text fz="sm" fw={700}>
            {t.retiredTitle}
          </Text>
          <Group gap="xs">
            {retired.map((label) => (
              <Badge
                key={label}
                color="gray"
                variant="light"
                radius="sm"
                tt="none"
                size="lg"
                rightSection={
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t.restoreLabel(label)}
                    disabled={busy}
                    onClick={() => void save(restoreTag(active, label))}
                  >
                    {t.restore}
                  </Button>
                }
              >
                {label}
              </Badge>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
