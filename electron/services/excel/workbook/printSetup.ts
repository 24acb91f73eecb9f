import type { HeaderFooter, PageSetup, WorksheetView } from 'exceljs';

/**
 * A4, fit to one page wide (as many pages tall as it takes), the given header row repeated on
 * every printed page, centred, with room for the office's stamp in the margins. A plain object,
 * so the in-memory workbook and the streaming writer (which takes it at addWorksheet) share it.
 */
export function a4PageSetup(
  orientation: 'portrait' | 'landscape',
  headerRow: number,
): Partial<PageSetup> {
  return {
    // 9 is A4 in exceljs's const enum PaperSize; importing the enum would load exceljs eagerly.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Page numbers at the foot of every printed page: 1 / 3. */
export const pageNumberFooter: Partial<HeaderFooter> = { oddFooter: '&P / &N' };

/** Rows 1..headerRow stay in view while scrolling. */
export function frozenRowsThrough(headerRow: number): Array<Partial<WorksheetView>> {
  return [{ state: 'frozen', xSplit: 0, ySplit: headerRow, activeCell: `A${headerRow + 1}` }];
}
