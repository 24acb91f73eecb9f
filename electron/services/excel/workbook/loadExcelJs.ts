/**
 * exceljs on first use: loading it costs ~155 ms, which the app should not pay at start. Under
 * tsx the CommonJS module arrives as `default` only; under vitest both forms exist.
 */
export async function loadExcelJs() {
  const loaded = await import('exceljs');
  return loaded.default;
}

export type ExcelJs = Awaited<ReturnType<typeof loadExcelJs>>;
