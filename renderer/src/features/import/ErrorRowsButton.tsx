import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ImportKind } from '../../../../electron/contract/schemas/import';
import type { ImportMapping } from '../../../../electron/contract/schemas/importWords';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ja } from '../../i18n/ja';
import { downloadXlsx } from '../export/downloadFile';

type Props = {
  kind: ImportKind;
  fileName: string;
  content: string;
  /** The mappings the preview was made with: a mapped word is not an error. */
  mappings: ImportMapping[];
  disabled: boolean;
};

/**
 * エラーのある行を Excel で保存: the refused rows with their 理由, to fix in Excel and import again.
 * The desktop app asks where to save; the browser downloads the file.
 */
export function ErrorRowsButton({ kind, fileName, content, mappings, disabled }: Props) {
  const t = ja.excelImport;
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const result = await call('import.errorsWorkbook', { kind, fileName, content, mappings });
      if (result.status === 'cancelled') return;
      if (result.status === 'download') downloadXlsx(result.fileName, result.contentBase64);
      notifications.show({
        color: 'teal',
        message: t.errorRowsSaved(result.fileName, result.rows),
      });
    } catch (thrown) {
      notifications.show({ color: 'red', message: asApiError(thrown).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      size="xs"
      onClick={() => void save()}
      loading={busy}
      disabled={disabled}
    >
      {t.saveErrorRows}
    </Button>
  );
}
