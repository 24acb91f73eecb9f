import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseHit, MeetingCaseCheck, MeetingView } from '../../../../electron/contract';
import { stages } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { isCode } from '../../components/codes/codeOptions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';
import { ConsentRefusal } from './ConsentRefusal';

type Props = { meeting: MeetingView; onAdded: (meeting: MeetingView) => void };

type Refused = { hit: CaseHit; check: MeetingCaseCheck };

/**
 * Puts a case on the agenda: find it by case number, name or ふりがな (the search box's own
 * search), then 議題に追加. The consent rule is asked first (meeting.checkCase); a refusal at a
 * 重層的支援会議 is explained, with 支援会議 offered instead.
 */
export function AgendaCaseAdd({ meeting, onAdded }: Props) {
  const t = ja.meetings.agenda;
  const [words, setWords] = useState('');
  const [hits, setHits] = useState<CaseHit[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [addingId, setAddingId] = useState<number | null>(null);
  const [refused, setRefused] = useState<Refused | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onAgenda = new Set(meeting.cases.map((c) => c.caseId));

  const search = async () => {
    if (words.trim() === '') return;
    setSearching(true);
    setError(null);
    try {
      const result = await call('search.query', { q: words, limit: 20 });
      setHits(result.cases);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setSearching(false);
    }
  };
  const add = async (hit: CaseHit) => {
    setAddingId(hit.id);
    setError(null);
    setRefused(null);
    try {
      const check = await call('meeting.checkCase', { meetingId: meeting.id, caseId: hit.id });
      if (!check.allowed) {
        setRefused({ hit, check });
        return;
      }
      const saved = await call('meeting.addCase', { meetingId: meeting.id, caseId: hit.id });
      notifications.show({ color: 'teal', message: t.added(hit.caseNumber) });
      onAdded(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setAddingId(null);
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t.searchLabel}
          placeholder={t.searchHint}
          w={360}
          value={words}
          onChange={(e) => setWords(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter searches (never while the IME is converting); it saves nothing.
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void search();
            }
          }}
        />
        <Button variant="default" onClick={() => void search()} loading={searching}>
          {t.search}
        </Button>
      </Group>
      <ErrorAlert message={error} />
      {refused && (
        <ConsentRefusal
          caseId={refused.hit.id}
          caseNumber={refused.hit.caseNumber}
          check={refused.check}
          onClose={() => setRefused(null)}
        />
      )}
      {searching && <Loader size="xs" color="teal" aria-label={t.searching} />}
      {hits !== null && !searching && hits.length === 0 && <Text c="dimmed">{t.noHits}</Text>}
      {hits !== null && hits.length > 0 && (
        <Table aria-label={t.hitsLabel} verticalSpacing={4} style={{ whiteSpace: 'nowrap' }}>
          <Table.Tbody>
            {hits.map((hit) => (
              <Table.Tr key={hit.id} data-testid="agenda-hit">
                <Table.Td fw={700} ff="monospace">
                  {hit.caseNumber}
                </Table.Td>
                <Table.Td fw={700}>{hit.personName}</Table.Td>
                <Table.Td>
                  {isCode(stages, hit.stage) ? <StageBadge stage={hit.stage} /> : hit.stage}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'normal' }}>
                  <Text fz="sm" c="dimmed" lineClamp={1}>
                    {hit.excerpt}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  {onAgenda.has(hit.id) ? (
                    <Text fz="sm" c="dimmed">
                      {t.onAgenda}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      aria-label={`${hit.caseNumber} を${t.add}`}
                      loading={addingId === hit.id}
                      onClick={() => void add(hit)}
                    >
                      {t.add}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
