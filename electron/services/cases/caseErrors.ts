import { AppError } from '../../contract/errors';

/** A refusal tied to one form field, shown beside it. */
export function invalidField(path: string, message: string): AppError {
  return new AppError('VALIDATION', '入力内容に誤りがあります。', [{ path, message }]);
}

// Hidden and missing records get the same message, so a refusal reveals nothing.
export function householdNotFound(): AppError {
  return new AppError('NOT_FOUND', '世帯が見つかりません。');
}

export function personNotFound(): AppError {
  return new AppError('NOT_FOUND', '人物が見つかりません。');
}

export function noteNotFound(): AppError {
  return new AppError('NOT_FOUND', '経過記録が見つかりません。');
}

export function agencyNotFound(): AppError {
  return new AppError('NOT_FOUND', '関係機関が見つかりません。');
}

export function consentNotFound(): AppError {
  return new AppError('NOT_FOUND', '本人同意の記録が見つかりません。');
}
