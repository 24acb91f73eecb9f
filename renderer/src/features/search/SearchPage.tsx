import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useCallData } from '../../components/data/useCallData';
import { ja } from '../../i18n/ja';
import { CaseHitList } from './CaseHitList';
import { PersonHitList } from './PersonHitList';

/** 検索結果: persons (opening their household) and cases (opening the case) for the words. */
export function SearchPage({ q }: { q: string }) {
  const { data, error, loading } = useCallData('search.query', { q, limit: 50 });
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} fz={26}>
        {q.trim() ? ja.search.heading(q.trim()) : ja.search.title}
      </Title>
      {error ? (
        <Stack gap="xs">
          <ErrorAlert message={error.issues?.[0]?.message ?? error.message} />
          {error.code === 'VALIDATION' && (
            <Text c="dimmed" fz="sm">
              {ja.search.enterQuery}
            </Text>
          )}
        </Stack>
      ) : loading || !data ? (
        <Center mih={120}>
          <Loader color="teal" aria-label={ja.list.loading} />
        </Center>
      ) : (
        <>
          <SectionCard
            label={ja.search.persons}
            title={
              <>
                {ja.search.persons}
                <Text span c="dimmed" fz="sm" ml="xs">
                  {ja.caseList.total(data.persons.length)}
                </Text>
              </>
            }
          >
            <PersonHitList hits={data.persons} />
          </SectionCard>
          <SectionCard
            label={ja.search.cases}
            title={
              <>
                {ja.search.cases}
                <Text span c="dimmed" fz="sm" ml="xs">
                  {ja.caseList.total(data.cases.length)}
                </Text>
              </>
            }
          >
            <CaseHitList hits={data.cases} />
          </SectionCard>
        </>
      )}
    </Stack>
  );
}
