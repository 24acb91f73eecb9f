import type { Cell, CellValue, Worksheet } from 'exceljs';
import { AppError } from '../../../contract/errors';
import { loadExcelJs } from '../workbook/loadExcelJs';
import type { RawCell, RawRow, RawSheet } from './rawSheet';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: old .xls, and any password-protected workbook.
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

// Parts of a sheet an import never reads; ledgers kept for years can carry a lot of them
// (conditional formats, validations, drawings). A hyperlink cell still gives its text.
const unreadNodes = [
  'sheetPr',
  'sheetFormatPr',
  'sheetViews',
  'cols',
  'dataValidations',
  'conditionalFormatting',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'drawing',
  'picture',
  'autoFilter',
  'tableParts',
  'extLst',
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function unreadable(detail: string): AppError {
  return new AppError(
    'VALIDATION',
    `このファイルは Excel ブック（.xlsx）として読み込めませんでした。${detail}`,
  );
}

/** Refuses what is plainly not an .xlsx before handing it to the zip reader. */
function refuseOtherFormats(bytes: Uint8Array): void {
  if (bytes.length === 0) throw unreadable('ファイルが空です。');
  if (startsWith(bytes, oleMagic)) {
    throw unreadable(
      '古い形式（.xls）か、パスワードで保護されたブックのようです。Excel で開き、パスワードを外して「Excel ブック（.xlsx）」形式で保存し直してください。',
    );
  }
  if (!startsWith(bytes, zipMagic)) {
    throw unreadable(
      'CSV などの場合は、Excel で開いて「Excel ブック（.xlsx）」形式で保存し直してください。',
    );
  }
}

function plain(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    // A hyperlink's text may itself be rich text in files Excel wrote.
    const text = value.text as unknown;
    return typeof text === 'string' ? text : plain(text as CellValue);
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : plain(value.result);
  }
  if ('error' in value) return value.error;
  return null;
}

/**
 * A merged range holds its value in its top-left cell. Across columns the value belongs to that
 * first column only (a title or a header spanning two columns); down rows it is repeated, which is
 * what a ledger means by merging the same 受付日 over several lines.
 */
function cellValue(cell: Cell): RawCell {
  if (cell.isMerged) {
    const master = cell.master;
    return master.col === cell.col ? plain(master.value) : null;
  }
  return plain(cell.value);
}

function readSheet(sheet: Worksheet, date1904: boolean): RawSheet {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = cellValue(cell);
    });
    const filled = Array.from(cells, (cell) => cell ?? null);
    if (filled.some((cell) => cell !== null && String(cell).trim() !== '')) {
      rows.push({ rowNumber, cells: filled });
    }
  });
  return { name: sheet.name, rows, date1904 };
}

/**
 * Reads an .xlsx into plain rows, sheet by sheet (hidden sheets left out). Anything that is not a
 * readable workbook is a VALIDATION error with a Japanese message saying what to do.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<RawSheet[]> {
  refuseOtherFormats(bytes);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its input as an ArrayBuffer; a copy gives one of exactly the file's bytes.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer, { ignoreNodes: unreadNodes });
  } catch {
    throw unreadable('ファイルが壊れているか、別の形式のファイルです。');
  }
  const date1904 = workbook.properties.date1904;
  const sheets = workbook.worksheets
    .filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden')
    .map((sheet) => readSheet(sheet, date1904));
  if (sheets.length === 0) throw unreadable('ワークシートがありません。');
  return sheets;
}
