import { z } from '../zodJapanese';

/** An empty input: calls without arguments still take `{}` and refuse anything more. */
export const noInput = z.strictObject({});

/** Login names: short ASCII, compared after NFKC and lower-casing (full-width typing still matches). */
export const loginSchema = z
  .string()
  .transform((s) => s.normalize('NFKC').trim().toLowerCase())
  .pipe(
    z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, {
      error: 'ログイン名は半角英数字と . _ - で2〜32文字にしてください',
    }),
  );

/** A password being tried: anything non-empty and of sane length. */
export const passwordAttemptSchema = z
  .string()
  .min(1, { error: 'パスワードを入力してください' })
  .max(1024, { error: 'パスワードが長すぎます' });

/**
 * A password being set: at least 12 characters (the services also refuse easily guessed ones,
 * with zxcvbn: passwordPolicy.ts).
 */
export const newPasswordSchema = z
  .string()
  .min(12, { error: 'パスワードは12文字以上にしてください' })
  .max(256, { error: 'パスワードは256文字以内にしてください' });

/** A person-facing single-line name (display name, municipality): trimmed, no control characters. */
export const displayTextSchema = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label}を入力してください` })
    .max(max, { error: `${label}は${max}文字以内にしてください` })
    .regex(/^[^\p{Cc}]*$/u, { error: `${label}に使えない文字が含まれています` });
