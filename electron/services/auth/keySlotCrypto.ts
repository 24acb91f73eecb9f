import crypto from 'node:crypto';

/** scrypt parameters stored with each slot, so they can be raised later without breaking old slots. */
export type KdfParams = { name: 'scrypt'; N: number; r: number; p: number; salt: string };

/**
 * N = 2^15, r = 8 (32 MiB, ~80 ms here): the unlock budget is 150 ms in all. Slots record their
 * own parameters, so a later release can raise them and rewrap on the next login.
 */
export const defaultKdf = { N: 2 ** 15, r: 8, p: 1 } as const;

/** Normalises a password as typed: NFKC so that a full-width "ｐａｓｓ１" from an IME still matches. */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

export function newKdfParams(): KdfParams {
  return { name: 'scrypt', ...defaultKdf, salt: crypto.randomBytes(16).toString('base64') };
}

export function deriveWrappingKey(secret: string, kdf: KdfParams): Buffer {
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
