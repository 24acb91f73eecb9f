import { importLimits } from './importLimits';
import { readXml } from './xmlEvents';
import type { ZipParts } from './zipParts';

// Built-in number formats that show a date or a time (Japanese Excel's 和暦 ones included).
const builtInDateFormats = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a format code shows a date: y m d h M s b outside quotes and [..] (as exceljs reads it). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, '');
  return /[ymdhMsb]/u.test(bare);
}

/**
 * For each cell style (the `s` of a cell) whether it shows a date, so a number under it is read
 * as one, like Excel shows it. Styles come from styles.xml's cellXfs.
 */
export async function readDateStyles(zip: ZipParts, part: string | null): Promise<boolean[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await readXml(await zip.stream(part, importLimits.smallPartBytes, 'styles.xml'), part, {
    open: (name, a) => {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formatIds.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : builtInDateFormats.has(id);
  });
}
