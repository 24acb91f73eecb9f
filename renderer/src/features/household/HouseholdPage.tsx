import { Button, Center, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PersonView, SessionUser } from '../../../../electron/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useCallData } from '../../components/data/useCallData';
import { useLiveReload } from '../../components/data/useLiveReload';
import { ja } from '../../i18n/ja';
import { HouseholdAddressCard } from './HouseholdAddressCard';
import { HouseholdAgencies } from './HouseholdAgencies';
import { HouseholdCasesTable } from './HouseholdCasesTable';
import { HouseholdEditModal } from './HouseholdEditModal';
import { rememberPeople } from '../intake/knownPeople';
import { HouseholdTimeline } from './HouseholdTimeline';
import { MemberModal } from './MemberModal';
import { MembersTable } from './MembersTable';

type Props = { householdId: number; user: SessionUser };
type Editing = { kind: 'household' } | { kind: 'member'; person: PersonView | null } | null;

const h = ja.household;

/** The member a household is named after: 世帯主 if recorded, else the first registered. */
function headOf(members: PersonView[]): PersonView | undefined {
  return members.find((m) => m.relationship === '世帯主') ?? members[0];
}

/** 世帯まるごと: every member, every case, every agency and the notes of the whole household. */
export function HouseholdPage({ householdId, user }: Props) {
  const { data, error, reload } = useCallData('household.get', { id: householdId });
  // Open dialogs keep what was typed: they were filled when they opened.
  useLiveReload((change) => change.householdId === householdId, reload);
  const [editing, setEditing] = useState<Editing>(null);
  const canWrite = user.role !== 'viewer';
  useEffect(() => {
    if (data) rememberPeople(data.members);
  }, [data]);
  if (error) return <ErrorAlert title={h.loadFailed} message={error.message} />;
  if (!data) {
    return (
      <Center mih={240}>
        <Loader color="teal" aria-label={ja.list.loading} />
      </Center>
    );
  }
  const head = headOf(data.members);
  const saved = () => {
    setEditing(null);
    reload();
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1} fz={26}>
        {head ? h.pageTitle(head.name) : h.untitled}
      </Title>
      <HouseholdAddressCard
        household={data.household}
        onEdit={canWrite ? () => setEditing({ kind: 'household' }) : null}
      />
      <SectionCard
        title={h.members}
        label={h.members}
        action={
          canWrite && (
            <Button size="compact-sm" onClick={() => setEditing({ kind: 'member', person: null })}>
              ＋ {h.addMember}
            </Button>
          )
        }
      >
        <MembersTable
          members={data.members}
          canWrite={canWrite}
          onEdit={(person) => setEditing({ kind: 'member', person })}
        />
      </SectionCard>
      <SectionCard title={h.cases} label={h.cases}>
        <HouseholdCasesTable cases={data.cases} />
      </SectionCard>
      <SectionCard title={h.agencies} label={h.agencies}>
        <HouseholdAgencies agencies={data.agencies} />
      </SectionCard>
      <SectionCard title={h.timeline} label={h.timeline}>
        <HouseholdTimeline notes={data.notes} cases={data.cases} />
      </SectionCard>
      {editing?.kind === 'household' && (
        <HouseholdEditModal
          household={data.household}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
      {editing?.kind === 'member' && (
        <MemberModal
          householdId={householdId}
          person={editing.person}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </Stack>
  );
}
