import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { attendeeRoles, type MeetingView } from '../../../../electron/contract';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { AttendeeAddBar } from './AttendeeAddBar';
import {
  attendeeErrors,
  attendeesChanged,
  attendeesInput,
  defaultAckDate,
  draftsFrom,
  moveRow,
  type AttendeeDraft,
} from './attendeeDrafts';

const roleOptions = codeOptions(attendeeRoles);

type Props = { meeting: MeetingView; writable: boolean; onSaved: (meeting: MeetingView) => void };

/**
 * 出席者: staff, agency representatives and others, in order; at a 支援会議 each with the date
 * they acknowledged 守秘義務. Edits stay on screen until 保存 (or Ctrl+Enter); a failed save
 * keeps them and says why.
 */
export function AttendeesEditor({ meeting, writable, onSaved }: Props) {
  const t = ja.meetings.attendees;
  const shien = meeting.kind === 'shien';
  const { staff } = useStaffOptions();
  const staffName = (id: number) => staff.find((s) => s.id === id)?.displayName;
  const [drafts, setDrafts] = useState<AttendeeDraft[]>(() =>
    draftsFrom(meeting.attendees, staffName),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = attendeesChanged(drafts, meeting.attendees, shien);
  const ackDate = defaultAckDate(meeting.heldOn, todayInJapan());
  const unacknowledged = shien ? drafts.filter((d) => !d.acknowledged).length : 0;

  const patch = (key: string, fields: Partial<AttendeeDraft>) =>
    setDrafts((rows) => rows.map((r) => (r.key === key ? { ...r, ...fields } : r)));
  const save = async () => {
    const found = attendeeErrors(drafts);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await call('meeting.setAttendees', {
        meetingId: meeting.id,
        attendees: attendeesInput(drafts, shien),
      });
      notifications.show({ color: 'teal', message: t.saved });
      // The saved list may fill in what was left blank (a staff member's 所属): show it as saved.
      setDrafts(draftsFrom(saved.attendees, staffName));
      onSaved(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  const rows = drafts.map((d, i) => {
    const name = d.name !== '' || d.staffId === null ? d.name : (staffName(d.staffId) ?? '');
    const label = name === '' ? `${i + 1}` : name;
    return (
      <Table.Tr key={d.key} data-testid="attendee-row">
        <Table.Td w={40}>{i + 1}</Table.Td>
        <Table.Td>
          {d.staffId !== null ? (
            <Text fw={700}>{name}</Text>
          ) : (
            <TextInput
              aria-label={`${t.name}（${i + 1}）`}
              value={d.name}
              readOnly={!writable}
              onChange={(e) => patch(d.key, { name: e.currentTarget.value })}
              error={errors[`${d.key}.name`]}
            />
          )}
        </Table.Td>
        <Table.Td>
          <TextInput
            aria-label={`${t.affiliation}（${label}）`}
            value={d.affiliation}
            readOnly={!writable}
            onChange={(e) => patch(d.key, { affiliation: e.currentTarget.value })}
          />
        </Table.Td>
        <Table.Td w={120}>
          <Select
            aria-label={`${t.role}（${label}）`}
            data={roleOptions}
            value={d.role}
            readOnly={!writable}
            clearable
            onChange={(v) => patch(d.key, { role: isCode(attendeeRoles, v) ? v : null })}
          />
        </Table.Td>
        {shien && (
          <Table.Td>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Checkbox
                mt={8}
                aria-label={t.ackCheck(label)}
                checked={d.acknowledged}
                disabled={!writable}
                onChange={(e) =>
                  patch(d.key, {
                    acknowledged: e.currentTarget.checked,
                    ackOn: e.currentTarget.checked && d.ackOn === '' ? ackDate : d.ackOn,
                  })
                }
              />
              {d.acknowledged && (
                <JapaneseDateInput
                  aria-label={t.ackOn(label)}
                  compact
                  w={170}
                  value={d.ackOn}
                  readOnly={!writable}
                  onChange={(e) => patch(d.key, { ackOn: e.currentTarget.value })}
                  error={errors[`${d.key}.ackOn`]}
                />
              )}
            </Group>
          </Table.Td>
        )}
        {writable && (
          <Table.Td w={110}>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t.moveUp(label)}
                disabled={i === 0}
                onClick={() => setDrafts((all) => moveRow(all, i, 'up'))}
              >
                ↑
              </ActionIcon>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                aria-label={t.remove(label)}
                onClick={() => setDrafts((all) => all.filter((r) => r.key !== d.key))}
              >
                {t.removeShort}
              </Button>
            </Group>
          </Table.Td>
        )}
      </Table.Tr>
    );
  });

  return (
    <SectionCard title={`${t.title}（${ja.meetings.list.people(drafts.length)}）`} label={t.title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        onKeyDown={submitOnCtrlEnter}
        noValidate
        aria-label={t.title}
      >
        <Stack gap="sm">
          {shien && (
            <Text fz="sm" c="dimmed">
              {t.ackHint}
            </Text>
          )}
          {drafts.length === 0 ? (
            <Text c="dimmed">{t.empty}</Text>
          ) : (
            <Table verticalSpacing={6} aria-label={t.title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>No</Table.Th>
                  <Table.Th>{t.name}</Table.Th>
                  <Table.Th>{t.affiliation}</Table.Th>
                  <Table.Th>{t.role}</Table.Th>
                  {shien && <Table.Th>{t.ack}</Table.Th>}
                  {writable && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows}</Table.Tbody>
            </Table>
          )}
          {shien && unacknowledged > 0 && drafts.length > 0 && (
            <Alert color="yellow" variant="light" data-testid="ack-missing">
              <Group justify="space-between">
                <Text fz="sm">{t.ackMissing(unacknowledged)}</Text>
                {writable && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() =>
                      setDrafts((all) =>
                        all.map((r) =>
                          r.acknowledged ? r : { ...r, acknowledged: true, ackOn: ackDate },
                        ),
                      )
                    }
                  >
                    {t.ackAllToday}
                  </Button>
                )}
              </Group>
            </Alert>
          )}
          {writable && (
            <AttendeeAddBar
              onAdd={(draft) => setDrafts((all) => [...all, draft])}
              staffIdsPresent={
                new Set(drafts.flatMap((d) => (d.staffId === null ? [] : [d.staffId])))
              }
            />
          )}
          <ErrorAlert message={error} />
          {writable && (
            <Group justify="flex-end" gap="sm">
              {changed && (
                <Text fz="sm" c="orange.8" data-testid="attendees-unsaved">
                  {t.unsaved}
                </Text>
              )}
              <Button type="submit" loading={busy} disabled={!changed}>
                {t.save}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </SectionCard>
  );
}
