import {
  deflated,
  repeated,
  sheetHead,
  sheetTail,
  textRow,
  workbookEntries,
  zipBytes,
} from './xlsxParts';

const headings = ['受付日', '氏名', '相談経路', '相談分野', '課題', '主訴'];
const sstHead =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>';
const sstTail = '</t></si></sst>';
const mb = 1024 * 1024;

/** A ledger's heading row and one good line, then `blankRows` formatted but empty rows (as sheets formatted to the bottom are). */
function paddedSheet(name: string, targetBytes: number) {
  const blank = `<row>${'<c s="1"/>'.repeat(12)}</row>`;
  const chunk = blank.repeat(Math.floor(65_536 / blank.length));
  const head = `${sheetHead}${textRow(headings)}${textRow(['2025/4/1', '山田 太郎', '電話', '高齢', '介護', '相談'])}`;
  return repeated(name, head, chunk, Math.ceil(targetBytes / chunk.length), sheetTail);
}

/**
 * The hostile files of issue 20, each made here (no binary fixture): what each is, and the
 * workbook's bytes. Every one is at most a few MB on disk, under the 10 MB limit.
 */
export const hostileImportFiles = {
  /** A sheet that inflates to 1 GB, and says so in its zip directory. */
  zipBomb: () => zipBytes(workbookEntries(paddedSheet('sheet', 1024 * mb))),
  /** The same 1 GB sheet with a directory claiming 8 MB: it must stop at 8 MB while inflating. */
  lyingZipBomb: () =>
    zipBytes(workbookEntries({ ...paddedSheet('sheet', 1024 * mb), declaredSize: 8 * mb })),
  /** A 160 MB sheet (under the limit): a heading, one line, then empty formatted rows; read whole. */
  paddedLedger: () => zipBytes(workbookEntries(paddedSheet('sheet', 160 * mb))),
  /** One cell of 268,435,456 characters, as a shared string (its part declares 256 MB). */
  longSharedCell: () => {
    const sheet = deflated(
      'sheet',
      `${sheetHead}${textRow(headings)}<row><c t="inlineStr"><is><t>2025/4/1</t></is></c><c t="inlineStr"><is><t>山田</t></is></c><c/><c/><c/><c t="s"><v>0</v></c></row>${sheetTail}`,
    );
    const strings = repeated('sst', sstHead, 'a'.repeat(65_536), 4096, sstTail);
    return zipBytes(workbookEntries(sheet, strings));
  },
  /** One inline cell of 100 million characters in a sheet whose size is under the limit. */
  longInlineCell: () => {
    const head = `${sheetHead}${textRow(headings)}<row><c t="inlineStr"><is><t>2025/4/1</t></is></c><c t="inlineStr"><is><t>`;
    return zipBytes(
      workbookEntries(
        repeated('sheet', head, 'a'.repeat(65_536), 1526, `</t></is></c></row>${sheetTail}`),
      ),
    );
  },
  /** 200,000 lines, each with an impossible 受付日: every one refused, the first errors kept. */
  badRows: (rows = 200_000) => {
    const lines: string[] = [sheetHead, textRow(headings)];
    for (let i = 0; i < rows; i++) {
      lines.push(
        textRow([`2025/2/${30 + (i % 2)}`, `誤り ${i}`, '電話', '高齢', '介護', `行 ${i}`]),
      );
    }
    lines.push(sheetTail);
    return zipBytes(workbookEntries(deflated('sheet', lines.join(''))));
  },
};

export type HostileImportFile = keyof typeof hostileImportFiles;
