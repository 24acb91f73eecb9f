import zlib from 'node:zlib';

/**
 * A zip written by hand for the import's hostile-file tests and bench: each entry's deflated
 * bytes with the sizes its directory declares — true ones, or lies (a zip bomb claiming to be
 * small). Not a general zip writer: no zip64, no file times.
 */
export type ZipEntry = {
  name: string;
  /** Raw deflate data. */
  data: Buffer;
  /** What the entry inflates to, and its CRC-32. */
  size: number;
  crc: number;
  /** The size the directory declares, when it should lie. */
  declaredSize?: number;
};

/** An entry from text or bytes, deflated. */
export function deflated(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return { name, data: zlib.deflateRawSync(raw), size: raw.length, crc: zlib.crc32(raw) };
}

/**
 * An entry inflating to `chunk` repeated `times` times, built without ever holding the whole:
 * the chunk is deflated once ending on a full flush (so each copy decodes on its own), the copies
 * are laid end to end and a final empty block closes the stream. 1 GB costs a few hundred KB.
 */
export function repeated(
  name: string,
  head: string,
  chunk: string,
  times: number,
  tail: string,
): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const headBytes = Buffer.from(head, 'utf8');
  const chunkBytes = Buffer.from(chunk, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  const headData = zlib.deflateRawSync(headBytes, flush);
  const chunkData = zlib.deflateRawSync(chunkBytes, flush);
  const tailData = zlib.deflateRawSync(tailBytes);
  let crc = zlib.crc32(headBytes);
  for (let i = 0; i < times; i++) crc = zlib.crc32(chunkBytes, crc);
  crc = zlib.crc32(tailBytes, crc);
  const copies = Buffer.alloc(chunkData.length * times);
  for (let i = 0; i < times; i++) chunkData.copy(copies, i * chunkData.length);
  return {
    name,
    data: Buffer.concat([headData, copies, tailData]),
    size: headBytes.length + chunkBytes.length * times + tailBytes.length,
    crc,
  };
}

/** The zip file: local headers and data, the central directory, its end record. */
export function zipBytes(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? entry.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A worksheet's XML around its rows. */
export const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>`;
export const sheetTail = '</sheetData></worksheet>';

/** An inline-string cell (no shared strings needed) and a row of them. */
export function textCell(text: string): string {
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `<c t="inlineStr"><is><t>${escaped}</t></is></c>`;
}
export function textRow(cells: readonly string[]): string {
  return `<row>${cells.map(textCell).join('')}</row>`;
}

/** The parts every workbook has around one sheet (and, if given, its shared strings). */
export function workbookEntries(sheet: ZipEntry, sharedStrings?: ZipEntry): ZipEntry[] {
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return [
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}.worksheet+xml"/></Types>`,
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="相談受付簿" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
    ...(sharedStrings ? [{ ...sharedStrings, name: 'xl/sharedStrings.xml' }] : []),
  ];
}
