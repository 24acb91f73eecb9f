import { AppError } from '../../contract/errors';

// A hidden case's item is refused as missing, so its existence does not leak.
export function nextActionNotFound(): AppError {
  return new AppError('NOT_FOUND', '次の対応が見つかりません。');
}

export function nextActionAlreadyDone(doneByName: string | null): AppError {
  return new AppError(
    'CONFLICT',
    `この次の対応は${doneByName === null ? '' : `${doneByName}さんが`}すでに完了にしています。`,
  );
}

export function doneNextActionFixed(): AppError {
  return new AppError(
    'CONFLICT',
    '完了した次の対応の期日と担当者は変えられません。新しい経過記録に次の対応を書いてください。',
  );
}
