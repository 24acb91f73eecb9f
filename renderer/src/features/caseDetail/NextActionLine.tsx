import { Badge, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { NextActionDue } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { todayInJapan } from '../../components/dateInput/dateText';
import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { ja } from '../../i18n/ja';
import { completeNextAction } from '../nextActions/completeNextAction';

type Props = {
  due: NextActionDue;
  text: string;
  /** Given when the viewer may write: the 完了 button, and the item as it is after. */
  onCompleted: ((done: NextActionDue) => void) | null;
};

/** Under a note's 次の対応: its date and staff member, and either who did it when or 完了. */
export function NextActionLine({ due, text, onCompleted }: Props) {
  const t = ja.nextActions;
  const [busy, setBusy] = useState(false);
  const overdue = due.doneAt === null && due.dueOn < todayInJapan();
  return (
    <Group gap="sm" wrap="wrap" data-testid="note-next-action">
      <Text fz="sm">{t.due(formatIsoWareki(due.dueOn), due.staffName)}</Text>
      {overdue && (
        <Badge color="red" variant="light" radius="sm" tt="none">
          {t.overdueBadge}
        </Badge>
      )}
      {due.doneAt !== null ? (
        <Badge color="gray" variant="light" radius="sm" tt="none">
          {t.done(formatWarekiDate(new Date(due.doneAt)), due.doneByName ?? '')}
        </Badge>
      ) : (
        onCompleted && (
          <Button
            size="compact-sm"
            variant="light"
            loading={busy}
            aria-label={t.completeLabel(text)}
            onClick={() => {
              setBusy(true);
              void completeNextAction(due.id).then((done) => {
                setBusy(false);
                if (done) onCompleted(done);
              });
            }}
          >
            {t.complete}
          </Button>
        )
      )}
    </Group>
  );
}
