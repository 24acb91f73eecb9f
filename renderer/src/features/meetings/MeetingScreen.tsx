import { Alert, Anchor, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { meetingRoutes } from '../../app/meetingRoutes';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { AgendaCaseAdd } from './AgendaCaseAdd';
import { AgendaCaseCard } from './AgendaCaseCard';
import { AttendeesEditor } from './AttendeesEditor';
import { meetingHeaderFrom, meetingUpdateFrom, meetingValuesFrom } from './meetingFormValues';
import { MeetingHeaderCard } from './MeetingHeaderCard';
import { MeetingHeaderForm } from './MeetingHeaderForm';
import { MeetingWrapUpForm } from './MeetingWrapUpForm';

type Props = { meeting: MeetingView; writable: boolean; onChange: (meeting: MeetingView) => void };

/**
 * The meeting screen: the header (kind, when, where, 司会) with 編集 and the prints, then 出席者,
 * 議題 (each case with 協議内容 and 決定事項) and 開催の記録. Each part saves on its own, so
 * nothing typed in one is lost when another saves.
 */
export function MeetingScreen({ meeting, writable, onChange }: Props) {
  const t = ja.meetings;
  const [editing, setEditing] = useState(false);
  const flagged = meeting.cases.filter((c) => c.consentWarning !== null);

  return (
    <Stack gap="md" maw={1200}>
      <Anchor href={meetingRoutes.meetingList()} fz="sm">
        {t.page.backToList}
      </Anchor>
      <MeetingHeaderCard meeting={meeting} onEdit={writable ? () => setEditing(true) : null} />
      {!writable && <Alert color="gray">{t.page.readOnly}</Alert>}
      {flagged.length > 0 && (
        <Alert color="red" role="alert" data-testid="meeting-consent-warnings">
          {flagged.map((c) => (
            <Text key={c.caseId} fz="sm">
              {c.caseNumber} {c.personName}：{c.consentWarning}
            </Text>
          ))}
        </Alert>
      )}
      <AttendeesEditor
        key={`attendees-${meeting.id}`}
        meeting={meeting}
        writable={writable}
        onSaved={onChange}
      />
      <SectionCard
        title={`${t.agenda.title}（${t.list.count(meeting.cases.length)}）`}
        label={t.agenda.title}
      >
        {writable && <AgendaCaseAdd meeting={meeting} onAdded={onChange} />}
        {meeting.cases.length === 0 && <Text c="dimmed">{t.agenda.empty}</Text>}
        {meeting.cases.map((item, i) => (
          <AgendaCaseCard
            key={item.caseId}
            meetingId={meeting.id}
            item={item}
            number={i + 1}
            writable={writable}
            onChanged={onChange}
          />
        ))}
        {meeting.hiddenCaseCount > 0 && (
          <Text c="dimmed" fz="sm">
            {t.agenda.hidden(meeting.hiddenCaseCount)}
          </Text>
        )}
      </SectionCard>
      <MeetingWrapUpForm meeting={meeting} writable={writable} onSaved={onChange} />
      <Modal opened={editing} onClose={() => setEditing(false)} title={t.form.editTitle} size="lg">
        <MeetingHeaderForm
          initialValues={meetingValuesFrom(meeting)}
          label={t.form.editTitle}
          submitLabel={t.form.save}
          kindLocked={meeting.cases.length > 0}
          onCancel={() => setEditing(false)}
          onSubmit={async (values) => {
            const header = meetingHeaderFrom(values, meeting.nextMeetingOn);
            const saved = await call('meeting.update', meetingUpdateFrom(meeting, header));
            setEditing(false);
            notifications.show({ color: 'teal', message: t.form.saved });
            onChange(saved);
          }}
        />
      </Modal>
    </Stack>
  );
}
