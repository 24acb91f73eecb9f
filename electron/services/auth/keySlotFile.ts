import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../contract/errors';
import { kdfProblem } from './keySlotCrypto';

const kdfSchema = z
  .strictObject({
    name: z.literal('scrypt'),
    N: z.number(),
    r: z.number(),
    p: z.number(),
    salt: z.string().min(16),
  })
  .check((ctx) => {
    const problem = kdfProblem(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });

const wrappedFields = {
  id: z.uuid(),
  kdf: kdfSchema,
  iv: z.string(),
  tag: z.string(),
  wrappedKey: z.string(),
  createdAt: z.string(),
};

const passwordSlot = z.strictObject({
  ...wrappedFields,
  kind: z.literal('password'),
  staffId: z.number().int().positive(),
  login: z.string(),
});

const recoverySlot = z.strictObject({ ...wrappedFields, kind: z.literal('recovery') });

/** The whole file as stored (a backup carries a copy of it). */
export const keySlotFileSchema = z.strictObject({
  format: z.literal('kasane-keyslots'),
  version: z.literal(1),
  databaseId: z.uuid(),
  slots: z.array(z.discriminatedUnion('kind', [passwordSlot, recoverySlot])),
});

export type PasswordSlot = z.infer<typeof passwordSlot>;
export type RecoverySlot = z.infer<typeof recoverySlot>;
export type KeySlot = PasswordSlot | RecoverySlot;
/** The key-slot file beside the database: the data key wrapped once per account and once for recovery. */
export type KeySlotFile = z.infer<typeof keySlotFileSchema>;

/** Reads and checks the key-slot file; a damaged file is a clear Japanese error, never a crash. */
export function readKeySlotFile(filePath: string): KeySlotFile {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    throw new AppError('KEYSLOTS_UNREADABLE', `鍵ファイルが読めません: ${filePath}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = keySlotFileSchema.safeParse(parsed);
  const kdfIssue = result.error?.issues.find(
    (issue) => issue.code === 'custom' && issue.path.includes('kdf'),
  );
  if (kdfIssue) {
    throw new AppError(
      'KEYSLOTS_UNREADABLE',
      `鍵ファイルの鍵導出の設定（scrypt）が許される範囲を外れています: ${filePath}（${kdfIssue.message}）。改ざんされたか壊れている可能性があります。開くのに時間やメモリがかかりすぎるため、パスワードを試さずに止めました。バックアップの鍵ファイルか回復キーが必要です。`,
    );
  }
  if (!result.success) {
    throw new AppError(
      'KEYSLOTS_UNREADABLE',
      `鍵ファイルが壊れています: ${filePath}。バックアップの鍵ファイルか回復キーが必要です。`,
    );
  }
  return result.data;
}

/** Writes the file atomically (temp file, fsync, rename), so a crash leaves the old or the new file. */
export function writeKeySlotFile(filePath: string, file: KeySlotFile): void {
  const temp = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${crypto.randomUUID()}.tmp`,
  );
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(keySlotFileSchema.parse(file), null, 2) + '\n');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, filePath);
}
