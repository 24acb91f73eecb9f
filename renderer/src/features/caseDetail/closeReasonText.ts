import { closeReasons, type CaseDetail } from '../../../../electron/contract';

/** 転居（町外の親族宅へ）: the reason chosen, with its 補足; the words alone for an older case. */
export function closeReasonText(
  detail: Pick<CaseDetail, 'closeReasonCode' | 'closeReason'>,
): string {
  if (detail.closeReasonCode === null) return detail.closeReason;
  const label = closeReasons.labels[detail.closeReasonCode];
  return detail.closeReason === '' ? label : `${label}（${detail.closeReason}）`;
}
