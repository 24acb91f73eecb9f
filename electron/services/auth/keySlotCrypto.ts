import crypto from 'node:crypto';

/** scrypt parameters stored with each slot, so they can be raised later without breaking old slots. */
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number; salt: string };

/**
 * N = 2^15, r = 8 (32 MiB, ~80 ms here): the unlock budget is 150 ms in all. Slots record their
 * own parameters, so a later release can raise them and rewrap on the next login.
 */
export const defaultKdf = { N: 2 ** 15, r: 8, p: 1 } as const;

/**
 * What a slot's scrypt parameters may be, checked before any derivation: a key file is data
 * anyone with the folder can edit, and scrypt with huge N, r or p would hang the app or the CLI
 * (or exhaust memory) before the password is even compared. Up to 4× the default memory
 * (128 MiB) and 8× its work (under a second here); never weaker than half the default.
 */
export const kdfBounds = {
  minN: 2 ** 14,
  maxN: 2 ** 17,
  minR: 8,
  maxR: 16,
  maxP: 4,
  maxMemoryBytes: 128 * 2 ** 17 * 8,
  maxWork: 2 ** 15 * 8 * 8,
} as const;

/** Why these scrypt parameters are refused (for the message), or null when they are in bounds. */
export function kdfProblem(kdf: { N: number; r: number; p: number }): string | null {
  const { N, r, p } = kdf;
  const b = kdfBounds;
  if (!Number.isInteger(N) || N < b.minN || N > b.maxN || (N & (N - 1)) !== 0) {
    return `N=${N}（${b.minN}〜${b.maxN} の2のべき乗であること）`;
  }
  if (!Number.isInteger(r) || r < b.minR || r > b.maxR) return `r=${r}（${b.minR}〜${b.maxR}）`;
  if (!Number.isInteger(p) || p < 1 || p > b.maxP) return `p=${p}（1〜${b.maxP}）`;
  if (128 * N * r > b.maxMemoryBytes) return `N×r=${N * r}（メモリが上限を超える）`;
  if (N * r * p > b.maxWork) return `N×r×p=${N * r * p}（計算量が上限を超える）`;
  return null;
}

/** Normalises a password as typed: NFKC so that a full-width "ｐａｓｓ１" from an IME still matches. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function newKdfParams(): KdfParams {
  return { name: 'scrypt', ...defaultKdf, salt: crypto.randomBytes(16).toString('base64') };
}

export function deriveWrappingKey(secret: string, kdf: KdfParams): Buffer {
  const problem = kdfProblem(kdf);
  // Files are checked when read (keySlotFile.ts); this is the last guard before scrypt runs.
  if (problem !== null) throw new RangeError(`scrypt parameters out of bounds: ${problem}`);
  return crypto.scryptSync(Buffer.from(secret, 'utf8'), Buffer.from(kdf.salt, 'base64'), 32, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    maxmem: 256 * kdf.N * kdf.r * 2,
  });
}

export type Wrapped = { iv: string; tag: string; wrappedKey: string };

/** AES-256-GCM with the slot's identity as associated data, so a slot cannot be relabelled. */
export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, aad: string): Wrapped {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrapped.toString('base64'),
  };
}

/** Returns the data key, or null when the secret (or anything in the slot) is wrong. */
export function unwrapKey(slot: Wrapped, wrappingKey: Buffer, aad: string): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv(
      'aes-256-gcm',
      wrappingKey,
      Buffer.from(slot.iv, 'base64'),
    );
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(slot.wrappedKey, 'base64')),
      decipher.final(),
    ]);
  } catch {
    return null;
  }
}
