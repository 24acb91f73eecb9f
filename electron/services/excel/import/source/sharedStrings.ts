import { cellTooLong, importLimits, tooLarge } from './importLimits';
import { readXml } from './xmlEvents';
import type { ZipParts } from './zipParts';

/**
 * The workbook's shared strings (the texts cells point to), each as it shows in the cell: the
 * runs of rich text joined, the ふりがな Excel keeps beside a kanji text (rPh) left out.
 */
export async function readSharedStrings(zip: ZipParts, part: string | null): Promise<string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  await readXml(
    await zip.stream(part, importLimits.sharedStringsBytes, '共有文字列（sharedStrings.xml）'),
    part,
    {
      open: (name) => {
        if (name === 'si') {
          current = [];
          length = 0;
        } else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) inText = true;
      },
      text: (text) => {
        if (!inText || current === null) return;
        length += text.length;
        if (length > importLimits.cellCharacters) {
          throw cellTooLong(`共有文字列の ${strings.length + 1} 番目`);
        }
        current.push(text);
      },
      close: (name) => {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 'si' && current !== null) {
          if (strings.length >= importLimits.sharedStrings) {
            throw tooLarge(
              'ブックの中の異なる文字列の数',
              `${importLimits.sharedStrings.toLocaleString('ja-JP')} 個`,
            );
          }
          strings.push(current.join(''));
          current = null;
        }
      },
    },
  );
  return strings;
}
