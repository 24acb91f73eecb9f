import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { PrintPreviewModal } from '../print/PrintPreviewModal';
import type { PrintRequest } from '../print/printRequest';

/**
 * 会議資料 and 会議録, each through the print preview (every print is audited, the handout with
 * its number of copies), with イニシャル表記 for people's names.
 */
export function MeetingPrintButtons({ meeting }: { meeting: MeetingView }) {
  const t = ja.meetings.print;
  const [initials, setInitials] = useState(false);
  const [request, setRequest] = useState<PrintRequest | null>(null);
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="sm">
        <Checkbox
          label={t.initials}
          checked={initials}
          onChange={(e) => setInitials(e.currentTarget.checked)}
        />
        <Button
          variant="default"
          onClick={() => setRequest({ form: 'meetingHandout', meetingId: meeting.id, initials })}
        >
          {t.handout}
        </Button>
        <Button
          variant="default"
          onClick={() => setRequest({ form: 'meetingMinutes', meetingId: meeting.id, initials })}
        >
          {t.minutes}
        </Button>
      </Group>
      <Text fz="xs" c="dimmed" maw={520} ta="right">
        {initials
          ? t.initialsHint
          : meeting.kind === 'shien'
            ? t.copies(Math.max(1, meeting.attendees.length))
            : ''}
      </Text>
      {request && <PrintPreviewModal request={request} onClose={() => setRequest(null)} />}
    </Stack>
  );
}
