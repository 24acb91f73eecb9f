import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { navigate, routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { knownPerson } from '../intake/knownPeople';
import { ProposeDialog } from './ProposeDialog';
import { defaultResourceFilter, toResourceListInput, type ResourceFilter } from './resourceFilter';
import { ResourceFilters } from './ResourceFilters';
import { ResourceTable } from './ResourceTable';

type Props = { personId: number; caseId: number | null };

/**
 * 資源を探す (#/participation/find?person=…): active resources by 種類, place words and free
 * places; 提案する records the match and opens it.
 */
export function FindResourcesPage({ personId, caseId }: Props) {
  const t = ja.matches;
  const person = knownPerson(personId);
  const [filter, setFilter] = useState<ResourceFilter>(defaultResourceFilter);
  const [asked] = useDebouncedValue(filter, 250);
  const { data, error, loading } = useCallData(
    'resource.list',
    toResourceListInput({ ...asked, activeOnly: true }),
  );
  const [chosen, setChosen] = useState<ResourceView | null>(null);
  const writable = canWrite(useCurrentRole());
  const resources = data ?? [];

  return (
    <Stack gap="md" maw={1200}>
      {caseId !== null && (
        <Anchor href={routes.caseDetail(caseId)} fz="sm">
          {t.backToCase}
        </Anchor>
      )}
      <Stack gap={2}>
        <Title order={1} fz={26}>
          {person ? t.findTitle(person.name) : t.findTitleUnknown}
        </Title>
        <Text fz="sm" c="dimmed">
          {t.findLead}
        </Text>
      </Stack>
      <ResourceFilters filter={filter} onFilter={setFilter} showInactiveSwitch={false} />
      <ErrorAlert message={error?.message ?? null} />
      {data === null && loading ? (
        <Loader color="teal" aria-label={ja.list.loading} />
      ) : resources.length > 0 ? (
        <ResourceTable
          resources={resources}
          action={writable ? { label: t.propose, onClick: setChosen } : null}
        />
      ) : (
        !error && <Text c="dimmed">{ja.resources.noMatch}</Text>
      )}
      <ProposeDialog
        personId={personId}
        caseId={caseId}
        resource={chosen}
        onClose={() => setChosen(null)}
        onProposed={(match) => {
          setChosen(null);
          notifications.show({ color: 'teal', message: t.proposed });
          navigate(routes.match(match.id));
        }}
      />
    </Stack>
  );
}
