import path from 'node:path';
import { brokenFile, importLimits } from './importLimits';
import { readXml } from './xmlEvents';
import type { ZipParts } from './zipParts';

/** A worksheet as workbook.xml lists it. */
export type SheetPart = { name: string; part: string; hidden: boolean };

/** What an import needs from a workbook's own parts before reading any sheet. */
export type WorkbookParts = {
  sheets: SheetPart[];
  date1904: boolean;
  sharedStringsPart: string | null;
  stylesPart: string | null;
};

type Relationship = { id: string; type: string; target: string };

const relType = (type: string) => type.slice(type.lastIndexOf('/') + 1);

/** A relationship's target as a part name: relative to the part's folder, or from the root. */
function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

async function relationships(zip: ZipParts, part: string): Promise<Relationship[]> {
  const rels = relsPartOf(part);
  if (!zip.has(rels)) return [];
  const found: Relationship[] = [];
  await readXml(await zip.stream(rels, importLimits.smallPartBytes, rels), rels, {
    open: (name, a) => {
      if (name === 'Relationship' && a.Id && a.Target && a.Type && a.TargetMode !== 'External') {
        found.push({ id: a.Id, type: relType(a.Type), target: resolve(part, a.Target) });
      }
    },
  });
  return found;
}

/**
 * Finds the workbook part (from the package's own relationships, xl/workbook.xml by default),
 * its sheets in tab order with their parts, the 1904 date system flag, and the shared strings
 * and styles parts.
 */
export async function readWorkbookParts(zip: ZipParts): Promise<WorkbookParts> {
  const root = (await relationships(zip, '')).find((r) => r.type === 'officeDocument');
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  if (!zip.has(workbookPart)) {
    throw brokenFile('Excel ブックの部品（workbook.xml）がありません。別の形式のファイルです。');
  }
  const rels = await relationships(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const listed: Array<{ name: string; id: string; hidden: boolean }> = [];
  let date1904 = false;
  await readXml(
    await zip.stream(workbookPart, importLimits.smallPartBytes, 'workbook.xml'),
    workbookPart,
    {
      open: (name, a) => {
        if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
        if (name === 'sheet') {
          const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
          listed.push({
            name: a.name ?? '',
            id,
            hidden: a.state === 'hidden' || a.state === 'veryHidden',
          });
        }
      },
    },
  );
  const sheets = listed.flatMap((sheet) => {
    const rel = byId.get(sheet.id);
    if (rel === undefined || rel.type !== 'worksheet' || !zip.has(rel.target)) return [];
    return [{ name: sheet.name, part: rel.target, hidden: sheet.hidden }];
  });
  const partOf = (type: string) => {
    const target = rels.find((r) => r.type === type)?.target;
    return target !== undefined && zip.has(target) ? target : null;
  };
  return {
    sheets,
    date1904,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
  };
}
