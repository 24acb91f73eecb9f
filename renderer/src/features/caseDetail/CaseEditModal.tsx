import { Alert, Modal } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { liveJa } from '../../i18n/liveJa';
import { caseEditValuesFrom } from './caseEditValues';
import { CaseEditForm } from './CaseEditForm';
import type { CaseOptions } from './useCaseOptions';

type Props = {
  opened: boolean;
  detail: CaseDetail;
  options: CaseOptions;
  onSaved: (detail: CaseDetail) => void;
  onClose: () => void;
};

/**
 * 「ケース情報を編集」 in a dialog. The form is built each time it opens, from the case as it is
 * then; a click outside does not close it (typing is never thrown away by a stray click).
 */
export function CaseEditModal({ opened, detail, options, onSaved, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={ja.caseEdit.title}
      size={760}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && (
        <OpenedEditForm detail={detail} options={options} onSaved={onSaved} onCancel={onClose} />
      )}
    </Modal>
  );
}

type FormProps = Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void };

/**
 * The form edits the case as it was when the dialog opened, even when another staff member's
 * save updates the screen behind it (what changed is worked out against that, never against
 * their values); it says so above the fields, and keeps what the user typed.
 */
function OpenedEditForm({ detail, ...rest }: FormProps) {
  const [opened] = useState(detail);
  const changed =
    JSON.stringify(caseEditValuesFrom(detail)) !== JSON.stringify(caseEditValuesFrom(opened));
  return (
    <>
      {changed && (
        <Alert color="orange" title={liveJa.changedByOther} mb="sm" role="status">
          {liveJa.changedByOtherDetail}
        </Alert>
      )}
      <CaseEditForm detail={opened} {...rest} />
    </>
  );
}
