import { notifications } from '@mantine/notifications';
import type { CallOutput } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { downloadXlsx } from './downloadFile';

type ExportedFile = CallOutput<'export.report'>;

/**
 * Finishes an export on the renderer's side: in the browser the bytes become a download; in the
 * desktop app the file is already saved where the user chose (or the dialog was cancelled).
 * Returns whether a file came out.
 */
export function deliverExport(result: ExportedFile, detail?: string): boolean {
  const t = ja.excelExport;
  if (result.status === 'cancelled') return false;
  if (result.status === 'download') downloadXlsx(result.fileName, result.contentBase64);
  const message =
    result.status === 'download' ? t.downloaded(result.fileName) : t.saved(result.fileName);
  notifications.show({ color: 'teal', message: detail ? `${message}（${detail}）` : message });
  return true;
}
