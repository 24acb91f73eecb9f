import type { ParticipationMatchRow } from '../../../db/schema';
import type { MatchStatus } from '../../contract/communityCodes';
import { AppError } from '../../contract/errors';
import { openMatchStatuses } from './matchAccess';

const pathIndex = (status: MatchStatus): number =>
  (openMatchStatuses as readonly MatchStatus[]).indexOf(status);

/**
 * Whether a match may move from `from` to `to`, else why not (in Japanese): forward along
 * 提案 → 見学 → 体験 → 参加中 → 定着 (steps may be skipped, never retraced); 中断 or 終了 from any
 * open status; 中断 resumes only as 参加中 (or ends); nothing after 終了.
 */
export function statusRefusal(from: MatchStatus, to: MatchStatus): string | null {
  if (from === 'ended') return '終了した参加支援の記録は変更できません。';
  if (to === 'ended') return null;
  if (from === 'suspended') {
    return to === 'participating'
      ? null
      : '中断中の参加支援は「参加中」で再開するか、「終了」にしてください。';
  }
  if (to === 'suspended') return null;
  return pathIndex(to) > pathIndex(from) ? null : '状況を前の段階に戻すことはできません。';
}

export type StatusPatch = Pick<ParticipationMatchRow, 'status'> &
  Partial<Pick<ParticipationMatchRow, 'startedOn' | 'endedOn'>>;

/**
 * The columns a status change on `on` writes: 開始日 the first time 参加中 (or 定着 straight away)
 * is reached, 終了日 at 中断 and 終了, and 終了日 cleared when a 中断 resumes.
 */
export function statusPatch(row: ParticipationMatchRow, to: MatchStatus, on: string): StatusPatch {
  const refusal = statusRefusal(row.status, to);
  if (refusal !== null) throw new AppError('CONFLICT', refusal);
  const patch: StatusPatch = { status: to };
  if ((to === 'participating' || to === 'settled') && row.startedOn === null) patch.startedOn = on;
  if (to === 'suspended' || to === 'ended') patch.endedOn = on;
  if (row.status === 'suspended' && to === 'participating') patch.endedOn = null;
  return patch;
}
