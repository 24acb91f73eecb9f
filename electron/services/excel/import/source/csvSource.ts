import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../../../contract/errors';
import { cellTooLong, importLimits, tooLarge } from './importLimits';
import type { ImportFormat, ImportSource } from './importSource';
import type { RowVisitor } from './sheetRows';
import { decodeText, detectEncoding } from './textEncoding';

/** A comma or a tab, whichever the file's first lines use more (a .tsv is tabs whatever it holds). */
function delimiterOf(text: string, fileName: string): ImportFormat {
  if (/\.tsv$/iu.test(fileName)) return 'tsv';
  const head = text.slice(0, 64 * 1024);
  const tabs = head.split('\t').length;
  const commas = head.split(',').length;
  return tabs > commas ? 'tsv' : 'csv';
}

function* slices(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += 64 * 1024) yield text.slice(at, at + 64 * 1024);
}

function csvProblem(error: CsvError, format: ImportFormat): AppError {
  const line = typeof error.lines === 'number' ? error.lines : 0;
  const kind = format === 'tsv' ? 'タブ区切りのファイル' : 'CSV ファイル';
  if (error.code === 'CSV_MAX_RECORD_SIZE') return cellTooLong(`${line}行目`);
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new AppError(
      'VALIDATION',
      `${kind}として読み込めませんでした。${line}行目で始まる「"」が閉じられていません。Excel で開いて保存し直すか、「"」を直してください。`,
    );
  }
  return new AppError('VALIDATION', `${kind}として読み込めませんでした（${line}行目）。`);
}

/**
 * A CSV or TSV file opened for import as one sheet named after the file: its encoding found
 * (CP932, UTF-8 with or without BOM, UTF-16), its records read as rows numbered as Excel would
 * show them (a quoted cell may hold line breaks), every cell as text.
 */
export function openCsvSource(bytes: Uint8Array, fileName: string): ImportSource {
  const encoding = detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  const format = delimiterOf(text, fileName);
  const readRows = async (visit: RowVisitor): Promise<void> => {
    const parser = Readable.from(slices(text)).pipe(
      parse({
        delimiter: format === 'tsv' ? '\t' : ',',
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_column_count: true,
        relax_quotes: true,
        max_record_size: importLimits.xmlRunCharacters,
      }),
    );
    let rowNumber = 0;
    let characters = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        rowNumber += 1;
        const cells = record.map((cell) => (cell.trim() === '' ? null : cell));
        if (!cells.some((cell) => cell !== null)) continue;
        for (const cell of cells) {
          if (cell !== null && cell.length > importLimits.cellCharacters) {
            throw cellTooLong(`${rowNumber}行目`);
          }
          characters += 1 + (cell?.length ?? 0);
        }
        if (characters > importLimits.sheetCharacters) {
          throw tooLarge('ファイルの文字数', importLimits.sheetCharactersText);
        }
        if (visit({ rowNumber, cells })) break;
      }
    } catch (error) {
      if (error instanceof CsvError) throw csvProblem(error, format);
      throw error;
    } finally {
      parser.destroy();
    }
  };
  return {
    format,
    encoding: encoding.label,
    sheets: [{ name: fileName, date1904: false, readRows }],
    close: () => undefined,
  };
}
