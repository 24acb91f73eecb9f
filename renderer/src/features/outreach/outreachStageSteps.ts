import type { OutreachStage } from '../../../../electron/contract/communityCodes';

/** The trust-building path in order; 終了 stands apart from it. */
export const outreachSteps = [
  'identified',
  'contacted',
  'relationship',
  'consent',
  'transferred',
] as const satisfies readonly OutreachStage[];

/** The stages a worker sets by hand (支援へ移行 is the transfer, 終了 has its own dialog). */
export type SettableStage = 'identified' | 'contacted' | 'relationship' | 'consent';
const settable: readonly OutreachStage[] = ['identified', 'contacted', 'relationship', 'consent'];

export function isSettableStage(stage: OutreachStage): stage is SettableStage {
  return settable.includes(stage);
}

/** Where the stage is on the path (0-based); -1 once ended. */
export function stepIndex(stage: OutreachStage): number {
  return (outreachSteps as readonly OutreachStage[]).indexOf(stage);
}

/** Whether the target is still being worked (not moved to support, not ended). */
export function isOpenStage(stage: OutreachStage): boolean {
  return stage !== 'transferred' && stage !== 'ended';
}

/**
 * Whether a step of the stepper may be chosen: any hand-set stage other than the current one,
 * forward or back (trust is lost too), and from 終了 to reopen; nothing after 支援へ移行.
 */
export function canMoveTo(current: OutreachStage, target: OutreachStage): boolean {
  return current !== 'transferred' && target !== current && isSettableStage(target);
}

/** Days without contact from which a target needs attention (the home screen uses the same). */
export const staleContactDays = 30;

export function isStale(summary: { stage: OutreachStage; daysSinceContact: number }): boolean {
  return isOpenStage(summary.stage) && summary.daysSinceContact >= staleContactDays;
}

export const outreachStageColors: Record<OutreachStage, string> = {
  identified: 'gray',
  contacted: 'blue',
  relationship: 'cyan',
  consent: 'teal',
  transferred: 'green',
  ended: 'dark',
};
