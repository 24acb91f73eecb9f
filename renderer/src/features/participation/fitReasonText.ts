import { resourceFitReasons } from '../../../../electron/contract/communityCodes';
import type { ResourceFitReasonView } from '../../../../electron/contract/schemas/participation';

/** One reason as the worker reads it: 「年齢が対象外（18歳まで）」, 「同じ圏域（北圏域）」, 「受入可」. */
export function fitReasonText(reason: ResourceFitReasonView): string {
  const label = resourceFitReasons.labels[reason.code];
  return reason.detail ? `${label}（${reason.detail}）` : label;
}
