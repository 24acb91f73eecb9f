import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { useCallData } from '../../components/data/useCallData';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { ja } from '../../i18n/ja';
import { newDraft, type AttendeeDraft } from './attendeeDrafts';

type Source = 'staff' | 'agency' | 'other';
type Props = { onAdd: (draft: AttendeeDraft) => void; staffIdsPresent: ReadonlySet<number> };

/**
 * Adds an attendee: a staff member (picked), an agency's representative (the agency from the
 * directory, 支援会議の構成員 first, and the person's name), or anyone else by name.
 */
export function AttendeeAddBar({ onAdd, staffIdsPresent }: Props) {
  const t = ja.meetings.attendees;
  const [source, setSource] = useState<Source>('staff');
  const { staff, options: staffOptions } = useStaffOptions();
  const agencies = useCallData('agency.list', {}).data ?? [];
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [affiliation, setAffiliation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const members = [...agencies].sort(
    (a, b) => Number(b.shienMeetingMember) - Number(a.shienMeetingMember),
  );

  const addStaff = (value: string | null) => {
    const chosen = staff.find((s) => String(s.id) === value);
    if (!chosen) return;
    if (staffIdsPresent.has(chosen.id)) {
      setError(t.already);
      return;
    }
    onAdd(newDraft({ staffId: chosen.id, name: chosen.displayName, affiliation: '' }));
    setError(null);
  };
  const addNamed = () => {
    const agency = agencies.find((a) => String(a.id) === agencyId);
    if (name.trim() === '') {
      setError(t.nameRequired);
      return;
    }
    onAdd(
      source === 'agency' && agency
        ? newDraft({ agencyId: agency.id, name, affiliation: agency.name })
        : newDraft({ name, affiliation }),
    );
    setName('');
    setAffiliation('');
    setError(null);
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <LabelledSegmented
        label={t.add}
        value={source}
        onChange={(value) => {
          setSource(value === 'agency' || value === 'other' ? value : 'staff');
          setError(null);
        }}
        data={[
          { value: 'staff', label: t.kinds.staff },
          { value: 'agency', label: t.kinds.agency },
          { value: 'other', label: t.kinds.other },
        ]}
      />
      {source === 'staff' && (
        <Select
          label={t.addStaff}
          w={240}
          searchable
          data={staffOptions.filter((o) => !staffIdsPresent.has(Number(o.value)))}
          value={null}
          onChange={addStaff}
          error={error}
        />
      )}
      {source === 'agency' && (
        <Select
          label={t.addAgency}
          w={280}
          searchable
          data={members.map((a) => ({ value: String(a.id), label: a.name }))}
          value={agencyId}
          onChange={setAgencyId}
        />
      )}
      {source !== 'staff' && (
        <>
          <TextInput
            label={source === 'agency' ? t.addAgencyName : t.otherName}
            placeholder={t.addAgencyNameHint}
            w={200}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error}
          />
          {source === 'other' && (
            <TextInput
              label={t.affiliation}
              w={220}
              value={affiliation}
              onChange={(e) => setAffiliation(e.currentTarget.value)}
            />
          )}
          <Button variant="default" onClick={addNamed} disabled={source === 'agency' && !agencyId}>
            {t.add}
          </Button>
        </>
      )}
    </Group>
  );
}
