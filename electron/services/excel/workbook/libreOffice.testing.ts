import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createTempDir } from '../../../../db/testing/createTestDb';

/**
 * A real spreadsheet program for tests: LibreOffice opens an exported workbook and writes each
 * sheet as CSV, so a test sees what a person would see — including formulas computed by
 * LibreOffice itself, not the values the exporter cached.
 */

/** The LibreOffice binary on PATH, or null (tests that need it are skipped, and say so). */
export function findLibreOffice(): string | null {
  for (const name of ['libreoffice', 'soffice']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found !== '') return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return null;
}

export const libreOfficeMissing =
  'LibreOffice がないため省略（apt-get install libreoffice-calc-nogui で入ります）';

// A throw-away profile that recalculates every formula of an xlsx on load: by default
// LibreOffice shows the values the file cached, which would not prove the formulas work.
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Every sheet of the workbook as rows of cell text, by sheet name, as LibreOffice shows them
 * (UTF-8, comma-separated; options 44,34,76,1 keep Japanese intact — TOOLCHAIN trap 9).
 */
export function sheetsAsCsv(binary: string, xlsx: string): Map<string, string[][]> {
  const work = createTempDir('kasane-lo-');
  try {
    const profile = path.join(work, 'profile');
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), recalcAlways);
    const input = path.join(work, 'book.xlsx');
    fs.copyFileSync(xlsx, input);
    execFileSync(
      binary,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        // Token 9 = true: cells as shown (和暦 dates); token 12 = -1: one CSV per sheet, book-<sheet>.csv.
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        work,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const sheets = new Map<string, string[][]>();
    for (const name of fs.readdirSync(work)) {
      const match = /^book-(.+)\.csv$/u.exec(name);
      if (match?.[1] !== undefined) {
        sheets.set(match[1], parseCsv(fs.readFileSync(path.join(work, name), 'utf8')));
      }
    }
    return sheets;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (quoted) {
      if (ch === '"' && chars[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field.replace(/\r$/u, '')]);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
