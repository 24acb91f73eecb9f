import { Modal } from '@mantine/core';
import type { CaseDetail } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
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
        <CaseEditForm detail={detail} options={options} onSaved={onSaved} onCancel={onClose} />
      )}
    </Modal>
  );
}
