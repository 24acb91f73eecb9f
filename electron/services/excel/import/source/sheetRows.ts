import type { RawCell, RawRow } from '../rawSheet';
import { brokenFile, cellTooLong, importLimits, tooLarge } from './importLimits';
import { mergeApplier, scanMergedRanges } from './mergedCells';
import { readXml } from './xmlEvents';
import type { ZipParts } from './zipParts';

/** What reading a sheet's cells needs from the rest of the workbook. */
export type SheetContext = {
  name: string;
  part: string;
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
};

/** Told each non-empty row in order; returning true ends the reading there. */
export type RowVisitor = (row: RawRow) => boolean;

const maxColumn = 16_384;

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

/** exceljs's reading of an Excel serial under a date format: UTC, so the day never shifts. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

function isoDate(text: string): Date | null {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/u.test(text) ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}

function hasContent(cells: readonly RawCell[]): boolean {
  return cells.some((cell) => cell !== null && String(cell).trim() !== '');
}

/**
 * Reads a worksheet's rows as they inflate, as Excel shows them: shared and inline strings, rich
 * text joined, formula results, booleans, error values (#N/A), numbers under a date format as
 * dates, merged ranges applied. Only non-empty rows reach the visitor. A cell longer than Excel
 * allows, or a sheet past the import's size limits, is a VALIDATION error about the file.
 */
export async function readSheetRows(
  zip: ZipParts,
  sheet: SheetContext,
  visit: RowVisitor,
): Promise<void> {
  const ranges = await scanMergedRanges(
    await zip.stream(sheet.part, importLimits.sheetBytes, `シート「${sheet.name}」`),
    sheet.part,
  );
  const applyMerges = mergeApplier(ranges);
  let rowNumber = 0;
  let cells: RawCell[] = [];
  let column = 0;
  let type = 'n';
  let style = 0;
  let text: string[] = [];
  let length = 0;
  let capture = false;
  let phonetic = 0;
  let stopped = false;
  let characters = 0;

  const where = () => `シート「${sheet.name}」の${rowNumber}行目`;
  const value = (): RawCell => {
    const written = text.join('');
    switch (type) {
      case 's': {
        const shared = sheet.sharedStrings[Number.parseInt(written, 10)];
        if (shared === undefined) throw brokenFile(`${where()}のセルが指す文字列がありません。`);
        return shared;
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return written;
      case 'b':
        return written === '1' || written === 'true';
      case 'd':
        return isoDate(written) ?? written;
      default: {
        if (written.trim() === '') return null;
        const number = Number(written);
        if (Number.isNaN(number)) return written;
        return sheet.dateStyles[style] === true ? serialDate(number, sheet.date1904) : number;
      }
    }
  };

  await readXml(
    await zip.stream(sheet.part, importLimits.sheetBytes, `シート「${sheet.name}」`),
    sheet.part,
    {
      open: (name, a) => {
        if (name === 'row') {
          rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
          cells = [];
          column = 0;
        } else if (name === 'c') {
          column = a.r === undefined ? column + 1 : columnOf(a.r);
          if (column < 1 || column > maxColumn)
            throw brokenFile(`${where()}の列の位置が不正です。`);
          type = a.t ?? 'n';
          style = Number(a.s ?? 0);
          text = [];
          length = 0;
        } else if (name === 'rPh') phonetic += 1;
        else if ((name === 'v' || name === 't') && phonetic === 0) capture = true;
      },
      text: (chunk) => {
        if (!capture) return;
        length += chunk.length;
        if (length > importLimits.cellCharacters) throw cellTooLong(where());
        text.push(chunk);
      },
      close: (name) => {
        if (name === 'v' || name === 't') capture = false;
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 'c') {
          const cell = value();
          if (cell !== null && cell !== '') cells[column - 1] = cell;
        } else if (name === 'row' && !stopped) {
          applyMerges(rowNumber, cells);
          const row = Array.from(cells, (cell) => cell ?? null);
          if (!hasContent(row)) return;
          for (const cell of row) characters += 1 + (typeof cell === 'string' ? cell.length : 8);
          if (characters > importLimits.sheetCharacters) {
            throw tooLarge(`シート「${sheet.name}」の文字数`, importLimits.sheetCharactersText);
          }
          if (visit({ rowNumber, cells: row })) stopped = true;
        }
      },
      done: () => stopped,
    },
  );
}
