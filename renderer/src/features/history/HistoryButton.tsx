import { Button } from '@mantine/core';
import { useState } from 'react';
import type { RevisedRecord } from '../../../../electron/contract';
import { historyJa } from '../../i18n/historyJa';
import { RecordHistoryModal } from './RecordHistoryModal';

type Props = {
  record: RevisedRecord;
  id: number;
  /** The record's version, when known: 「訂正履歴（3版）」 once it was corrected. */
  version?: number;
};

/** Opens a record's 訂正履歴. */
export function HistoryButton({ record, id, version }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)}>
        {version !== undefined && version > 1 ? historyJa.openWithCount(version) : historyJa.open}
      </Button>
      {open && <RecordHistoryModal record={record} id={id} onClose={() => setOpen(false)} />}
    </>
  );
}
