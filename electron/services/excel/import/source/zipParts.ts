import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { brokenFile, importLimits, limitText, tooLarge } from './importLimits';

/** An .xlsx's parts by name, read one at a time and never inflated past their declared size. */
export type ZipParts = {
  has: (name: string) => boolean;
  /**
   * The part as a stream of inflated bytes. Refused before inflating when its zip directory
   * declares more than `limit` bytes; the stream fails if the data inflate past what it declares
   * (a zip bomb lying about its sizes). Each call inflates the part afresh.
   */
  stream: (name: string, limit: number, label: string) => Promise<Readable>;
  /** A small part as text (workbook.xml, styles.xml, relationships). */
  text: (name: string) => Promise<string>;
  close: () => void;
};

// An .xlsx has a few dozen parts; a zip of many thousands is not one, and its directory alone
// would take memory.
const maxEntries = 10_000;

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      if (entries.size >= maxEntries) {
        zip.close();
        reject(brokenFile('Excel ブックにしては部品が多すぎます。'));
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(brokenFile('ファイルが壊れているか、別の形式のファイルです。')));
    zip.readEntry();
  });
}

/** Opens the zip directory of an .xlsx held in memory (the file is at most 10 MB). */
export async function openZipParts(bytes: Uint8Array): Promise<ZipParts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw brokenFile('ファイルが壊れているか、別の形式のファイルです。');
  }
  const entries = await listEntries(zip);

  const stream = async (name: string, limit: number, label: string): Promise<Readable> => {
    const entry = entries.get(name);
    if (entry === undefined) throw brokenFile(`部品（${name}）が見つかりません。`);
    if (entry.uncompressedSize > limit) {
      throw tooLarge(limitText.part(label, entry.uncompressedSize), limitText.megabytes(limit));
    }
    try {
      return await zip.openReadStreamPromise(entry);
    } catch {
      throw brokenFile(`部品（${name}）が壊れています。`);
    }
  };

  return {
    has: (name) => entries.has(name),
    stream,
    text: async (name) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(name, importLimits.smallPartBytes, name)) {
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => zip.close(),
  };
}
