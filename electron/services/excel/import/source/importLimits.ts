import { AppError } from '../../../../contract/errors';

/**
 * What one import reads at most. Together they keep a worker's import under 512 MB whatever the
 * file holds (measured by importMemory.test.ts and `npm run bench`): the file itself is at most
 * 10 MB (the contract), every part of a workbook is inflated as a stream and only up to the size
 * its zip directory declares, and what is kept of the rows is bounded by count and characters.
 */
export const importLimits = {
  /** A worksheet's XML as the zip declares it, inflated (a 10,000-line ledger is about 6 MB). */
  sheetBytes: 192 * 1024 * 1024,
  /** The shared strings part (every distinct text of the workbook), inflated. */
  sharedStringsBytes: 96 * 1024 * 1024,
  /** workbook.xml, styles.xml and the relationship parts, inflated. */
  smallPartBytes: 16 * 1024 * 1024,
  /** Distinct texts in the shared strings part. */
  sharedStrings: 1_500_000,
  /** Excel's own limit for one cell; a longer one was not written by Excel. */
  cellCharacters: 32_767,
  /** Characters between two tags of the XML (a cell's text with its escapes fits many times). */
  xmlRunCharacters: 1024 * 1024,
  /** Data rows read from the sheet (blank and 合計 rows are not counted). */
  dataRows: 250_000,
  /** Characters of text in a sheet's rows, all cells together, each cell counting one more. */
  sheetCharacters: 64_000_000,
  sheetCharactersText: '6,400万文字',
  /** Problems kept for the report (all are counted; the rest are 「ほか N件」). */
  keptProblems: 1_000,
} as const;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A file refused for its size or shape, with what to do about it (Japanese). */
export function tooLarge(what: string, limit: string): AppError {
  return new AppError(
    'VALIDATION',
    `このファイルは大きすぎるため読み込めません: ${what}（${limit}まで）。シートを分けるか、不要な行や書式を消して保存し直してください。`,
  );
}

export const limitText = {
  part: (name: string, bytes: number) => `${name}を展開すると ${megabytes(bytes)}`,
  megabytes,
};

/** A workbook that Excel cannot have written, or that was damaged on the way (Japanese). */
export function brokenFile(detail: string): AppError {
  return new AppError(
    'VALIDATION',
    `このファイルは Excel ブック（.xlsx）として読み込めませんでした。${detail}`,
  );
}

/** A cell longer than Excel allows: a message about the file, not about one column's length. */
export function cellTooLong(where: string): AppError {
  return brokenFile(
    `${where}に Excel の上限（1つのセルに ${importLimits.cellCharacters.toLocaleString('ja-JP')} 文字）を超える文字が入っています。Excel で作られたファイルではないか、壊れています。元の台帳を Excel で開いて保存し直してください。`,
  );
}

/**
 * What a failure while inflating or parsing a part means for the user: a part inflating past
 * the size its zip directory declares is a damaged (or deliberately made) file.
 */
export function unreadablePart(error: unknown, part: string): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : '';
  if (message.includes('too many bytes')) {
    return brokenFile(
      `部品（${part}）を展開すると、ファイルに記録された大きさを超えます。壊れているか、読み込ませるために作られたファイルです。`,
    );
  }
  return brokenFile(`部品（${part}）が壊れています。`);
}
