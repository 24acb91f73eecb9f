import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { fields as fieldCodes } from '../../../../electron/contract/caseCodes';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { navigate, routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { knownPerson } from '../intake/knownPeople';
import { ProposeDialog } from './ProposeDialog';
import { defaultResourceFilter, filterRanked, type ResourceFilter } from './resourceFilter';
import { ResourceFilters } from './ResourceFilters';
import { ResourceTable } from './ResourceTable';

type Props = { personId: number; caseId: number | null };

/**
 * 資源を探す (#/participation/find?person=…): active resources ranked by fit to the person (age,
 * the case's 分野, 地区・圏域, room), each with why; filtered by 種類, place words and free places
 * without losing that order; 提案する records the match and opens it.
 */
export function FindResourcesPage({ personId, caseId }: Props) {
  const t = ja.matches;
  const [filter, setFilter] = useState<ResourceFilter>(defaultResourceFilter);
  // One call (audited as a view of the person) per visit; the filters work on its answer.
  const input = useMemo(() => ({ personId, caseId }), [personId, caseId]);
  const { data, error, loading } = useCallData('resource.find', input);
  const [chosen, setChosen] = useState<ResourceView | null>(null);
  const writable = canWrite(useCurrentRole());
  const resources = data ? filterRanked(data.resources, filter) : [];
  const name = data?.personName ?? knownPerson(personId)?.name;

  return (
    <Stack gap="md" maw={1200}>
      {caseId !== null && (
        <Anchor href={routes.caseDetail(caseId)} fz="sm">
          {t.backToCase}
        </Anchor>
      )}
      <Stack gap={2}>
        <Title order={1} fz={26}>
          {name ? t.findTitle(name) : t.findTitleUnknown}
        </Title>
        <Text fz="sm" c="dimmed">
          {t.findLead}
        </Text>
        {data && (
          <Text fz="sm" data-testid="find-basis">
            {t.findBasis([
              data.age === null ? t.ageUnknown : t.age(data.age),
              data.district || t.districtUnknown,
              data.fields.map((field) => fieldCodes.labels[field]).join('・') || t.fieldsUnknown,
            ])}
          </Text>
        )}
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
