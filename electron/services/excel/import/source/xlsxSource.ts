import type { ImportSource } from './importSource';
import { readDateStyles } from './dateStyles';
import { readSharedStrings } from './sharedStrings';
import { readSheetRows } from './sheetRows';
import { brokenFile } from './importLimits';
import { readWorkbookParts } from './workbookParts';
import { openZipParts } from './zipParts';

/**
 * An .xlsx opened for import: its visible sheets in tab order, each read as a stream when asked.
 * Nothing is inflated past the limits in importLimits.
 */
export async function openXlsxSource(bytes: Uint8Array): Promise<ImportSource> {
  const zip = await openZipParts(bytes);
  try {
    const parts = await readWorkbookParts(zip);
    const sharedStrings = await readSharedStrings(zip, parts.sharedStringsPart);
    const dateStyles = await readDateStyles(zip, parts.stylesPart);
    const sheets = parts.sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => ({
        name: sheet.name,
        date1904: parts.date1904,
        readRows: (visit: Parameters<typeof readSheetRows>[2]) =>
          readSheetRows(
            zip,
            { ...sheet, sharedStrings, dateStyles, date1904: parts.date1904 },
            visit,
          ),
      }));
    if (sheets.length === 0) throw brokenFile('ワークシートがありません。');
    return { format: 'xlsx', encoding: null, sheets, close: zip.close };
  } catch (error) {
    zip.close();
    throw error;
  }
}
