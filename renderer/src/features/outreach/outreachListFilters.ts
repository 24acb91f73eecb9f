import type { CallInput } from '../../../../electron/contract';
import type { OutreachStage } from '../../../../electron/contract/communityCodes';

/** What the filter bar of the outreach list holds. */
export type OutreachListFilters = {
  stage: OutreachStage | null;
  mine: boolean;
  includeClosed: boolean;
};

export const defaultOutreachListFilters: OutreachListFilters = {
  stage: null,
  mine: false,
  includeClosed: false,
};

/**
 * outreach.list's input: a chosen closed stage (支援へ移行, 終了) shows closed targets without the
 * switch, since that is plainly what was asked for.
 */
export function toOutreachListInput(
  filters: OutreachListFilters,
  staffId: number,
): CallInput<'outreach.list'> {
  const closedStage = filters.stage === 'transferred' || filters.stage === 'ended';
  return {
    ...(filters.stage && { stage: filters.stage }),
    ...(filters.mine && { mainStaffId: staffId }),
    includeClosed: filters.includeClosed || closedStage,
  };
}

// The filters stay as they were when the user comes back from a target (this window only).
let remembered = defaultOutreachListFilters;

export function rememberedOutreachFilters(): OutreachListFilters {
  return remembered;
}

export function rememberOutreachFilters(filters: OutreachListFilters): void {
  remembered = filters;
}
