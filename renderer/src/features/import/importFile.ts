import { maxImportFileBytes } from '../../../../electron/contract/schemas/import';
import { ja } from '../../i18n/ja';

/** Why a chosen file cannot be sent (Japanese), or null. The main side checks the bytes again. */
export function importFileProblem(file: { name: string; size: number }): string | null {
  if (/\.xls$/iu.test(file.name)) return ja.excelImport.oldXls;
  if (!/\.(xlsx|csv|tsv|txt)$/iu.test(file.name)) return ja.excelImport.notXlsx;
  if (file.size > maxImportFileBytes) {
    return ja.excelImport.tooLarge(maxImportFileBytes / 1024 / 1024);
  }
  return null;
}

/**
 * A file's bytes as base64, the form the contract takes them in (the renderer never passes a
 * path). Built in chunks: spreading a whole workbook into one call would overflow the stack.
 */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
