import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { PersonView } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { rememberPeople } from '../intake/knownPeople';
import { MatchTable } from './MatchTable';

type Props = { person: PersonView; caseId: number; writable: boolean };

/** The case screen's 参加支援 tab: this person's matches (closed ones too) and 「資源を探す」. */
export function PersonMatchesPanel({ person, caseId, writable }: Props) {
  const t = ja.matches;
  const { data, error, loading } = useCallData('match.list', {
    personId: person.id,
    openOnly: false,
  });
  const matches = data ?? [];
  const find = () => {
    // 資源を探す names the person without reading the case again.
    rememberPeople([person]);
    navigate(routes.findResources(person.id, caseId));
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={700}>{t.casePanelTitle}</Text>
        {writable && <Button onClick={find}>{t.find}</Button>}
      </Group>
      <ErrorAlert message={error?.message ?? null} />
      {data === null && loading ? (
        <Loader color="teal" size="sm" aria-label={ja.list.loading} />
      ) : matches.length > 0 ? (
        <MatchTable matches={matches} hidePerson />
      ) : (
        !error && <Text c="dimmed">{t.casePanelEmpty}</Text>
      )}
    </Stack>
  );
}
