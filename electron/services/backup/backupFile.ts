import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../contract/errors';
import { keySlotFileSchema } from '../auth/keySlotFile';

/**
 * A backup is one file: a first line naming the format, a second line of JSON (the header:
 * when, which database, its key slots, its rows per table, the audit chain's head, the size and
 * SHA-256 of the database), then the encrypted database file itself, byte for byte. Nothing in
 * it is in clear but the header's counts; the database stays encrypted with the data key and the
 * key slots are the same wrapped keys as kasane.keys.json.
 */
export const backupExtension = '.kasanebackup';
const magic = Buffer.from('KASANE-BACKUP/1\n', 'utf8');
const maxHeaderBytes = 4 * 1024 * 1024;
const chunkBytes = 1024 * 1024;

const headerSchema = z.strictObject({
  format: z.literal('kasane-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  databaseId: z.string(),
  keySlots: keySlotFileSchema,
  tables: z.record(z.string(), z.number().int().nonnegative()),
  auditHead: z.strictObject({ id: z.number().int(), hash: z.string() }).nullable(),
  database: z.strictObject({ bytes: z.number().int().positive(), sha256: z.string() }),
});

export type BackupHeader = z.infer<typeof headerSchema>;

const invalid = (why: string) =>
  new AppError('BACKUP_INVALID', `バックアップファイルとして読めません（${why}）。`);

/** SHA-256 and size of a file, read in chunks (the database can be large). */
export function hashFile(filePath: string): { bytes: number; sha256: string } {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(filePath, 'r');
  const buffer = Buffer.alloc(chunkBytes);
  let bytes = 0;
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      bytes += n;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Writes the backup file (header, then the database's bytes) and syncs it to the disk. */
export function writeBackupFile(target: string, header: BackupHeader, databaseFile: string): void {
  const fd = fs.openSync(target, 'wx', 0o600);
  try {
    fs.writeSync(fd, magic);
    fs.writeSync(fd, JSON.stringify(headerSchema.parse(header)) + '\n');
    const source = fs.openSync(databaseFile, 'r');
    const buffer = Buffer.alloc(chunkBytes);
    try {
      for (;;) {
        const n = fs.readSync(source, buffer, 0, buffer.length, null);
        if (n === 0) break;
        fs.writeSync(fd, buffer, 0, n);
      }
    } finally {
      fs.closeSync(source);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and checks the header; where the database bytes start. BACKUP_INVALID if it is not one. */
export function readBackupHeader(file: string): { header: BackupHeader; dataOffset: number } {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new AppError('NOT_FOUND', `バックアップファイルが見つかりません: ${file}`);
  }
  try {
    const start = Buffer.alloc(Math.min(maxHeaderBytes, Math.max(fs.fstatSync(fd).size, 1)));
    const n = fs.readSync(fd, start, 0, start.length, 0);
    const head = start.subarray(0, n);
    if (!head.subarray(0, magic.length).equals(magic)) throw invalid('形式が違います');
    const end = head.indexOf(0x0a, magic.length);
    if (end < 0) throw invalid('見出しが途切れています');
    let parsed: unknown;
    try {
      parsed = JSON.parse(head.subarray(magic.length, end).toString('utf8'));
    } catch {
      throw invalid('見出しが壊れています');
    }
    const result = headerSchema.safeParse(parsed);
    if (!result.success) throw invalid('見出しの内容が正しくありません');
    return { header: result.data, dataOffset: end + 1 };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies the database out of a backup into `outPath` (a new file), checking its size and
 * SHA-256 against the header: a cut-off or altered backup is refused before anything opens it.
 */
export function extractDatabase(file: string, outPath: string): BackupHeader {
  const { header, dataOffset } = readBackupHeader(file);
  const source = fs.openSync(file, 'r');
  const out = fs.openSync(outPath, 'wx', 0o600);
  const hash = crypto.createHash('sha256');
  const buffer = Buffer.alloc(chunkBytes);
  let position = dataOffset;
  let bytes = 0;
  try {
    for (;;) {
      const n = fs.readSync(source, buffer, 0, buffer.length, position);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
      fs.writeSync(out, buffer, 0, n);
      position += n;
      bytes += n;
    }
    fs.fsyncSync(out);
  } finally {
    fs.closeSync(source);
    fs.closeSync(out);
  }
  if (bytes !== header.database.bytes || hash.digest('hex') !== header.database.sha256) {
    fs.rmSync(outPath, { force: true });
    throw invalid('データベースの部分が途切れているか、書き換えられています');
  }
  return header;
}
