import type { Font } from 'exceljs';

/**
 * The fonts of the exported workbooks: 游ゴシック 11, Japanese Excel's own default, named on every
 * cell — a cell given only `bold` falls back to the workbook's Calibri, whose Japanese glyphs
 * are borrowed and whose digits differ from the cells beside it. LibreOffice substitutes its own
 * Japanese gothic for the name.
 */
export const bodyFont: Partial<Font> = { name: '游ゴシック', size: 11 };
export const boldFont: Partial<Font> = { ...bodyFont, bold: true };
export const titleFont: Partial<Font> = { ...bodyFont, size: 14, bold: true };
export const noteFont: Partial<Font> = { ...bodyFont, size: 9, color: { argb: 'FF4B5563' } };
