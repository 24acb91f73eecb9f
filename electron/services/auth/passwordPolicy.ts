import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as japanese from '@zxcvbn-ts/language-ja';
import { AppError } from '../../contract/errors';
import { normalizePassword } from './keySlotCrypto';

/** Characters a new password needs at least (counted after NFKC, as the key is derived from it). */
export const minPasswordLength = 12;

/**
 * zxcvbn's score needed: 3 means about 10^8 guesses or more ("safely unguessable" in zxcvbn's
 * words); 0–2 are common passwords, names, keyboard rows, repeats and dates.
 */
const minScore = 3;

/** Words that belong to this office and must not carry a password (zxcvbn's user inputs). */
export type PasswordContext = {
  login: string;
  displayName?: string;
  municipalityName?: string;
};

const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });

let estimator: ZxcvbnFactory | null = null;

/**
 * zxcvbn-ts with its common-password and keyboard lists and the Japanese names and words list;
 * its warnings come in Japanese. Built on first use: its dictionaries take ~0.3 s to load.
 */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...japanese.dictionary },
    graphs: common.adjacencyGraphs,
    translations: japanese.translations,
  });
  return estimator;
}

/**
 * Why a new password is refused, in Japanese, or null when it may be used. Only passwords being
 * set are checked: existing ones keep working until their owner changes them.
 */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const normalized = normalizePassword(password);
  // Counted as a person counts characters (graphemes): 「が」 typed as か + ゛ is one.
  const length = [...graphemes.segment(normalized)].length;
  if (length < minPasswordLength) {
    return `パスワードは${minPasswordLength}文字以上にしてください（いまは${length}文字です）。短いパスワードは、鍵ファイルやバックアップを持ち出した人に総当たりで見つけられます。`;
  }
  const folded = normalized.trim().toLowerCase();
  if (folded === '' || new Set(folded).size === 1) {
    return 'パスワードが空白や同じ文字の繰り返しだけになっています。ほかの人に推測されない言葉を組み合わせてください。';
  }
  if (folded === context.login.toLowerCase()) {
    return 'パスワードにログイン名をそのまま使うことはできません。ログイン名を知っている人に推測されます。';
  }
  const inputs = [
    context.login,
    context.displayName,
    context.municipalityName,
    'kasane',
    'かさね',
  ].filter((word): word is string => word !== undefined && word !== '');
  const result = strengthEstimator().check(normalized, inputs);
  if (result.score >= minScore) return null;
  const reason = result.feedback.warning ? `（${result.feedback.warning}）` : '';
  return `このパスワードは推測されやすいため使えません${reason}。よく使われるパスワード、名前、ログイン名、自治体名、キーボードの並び、日付、同じ文字の繰り返しを避け、たとえば互いに関係のない言葉3〜4個をハイフンでつないでください（例: sakura-tokei-umi-7）。`;
}

/**
 * Throws VALIDATION with the reason on `field` when the new password is refused. Called where a
 * password is set: 初期設定 (the app and `cli init`), account creation and re-enabling, a
 * 管理者's reset, パスワード変更 and 回復キーで復旧.
 */
export function requireStrongPassword(
  password: string,
  context: PasswordContext,
  field = 'password',
): void {
  const problem = passwordProblem(password, context);
  if (problem !== null) {
    throw new AppError('VALIDATION', problem, [{ path: field, message: problem }]);
  }
}
