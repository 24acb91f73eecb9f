import { accountActions } from './actions/accountActions';
import { caseActions } from './actions/caseActions';
import { communityActions } from './actions/communityActions';
import { dailyRecordActions } from './actions/dailyRecordActions';
import { meetingActions } from './actions/meetingActions';
import { outputActions } from './actions/outputActions';
import { planActions } from './actions/planActions';
import type { AuditActionSpec } from './auditActionSpec';
import { auditGroups, type AuditGroup, type AuditTargetKind } from './auditVocabulary';

/**
 * Every audit action, declared once with its Japanese name, group and target kind (one table per
 * feature under actions/). AuditAction is this table's keys: an action without an entry does
 * not compile, so the log never shows a code.
 */
export const auditActions = {
  ...accountActions,
  ...caseActions,
  ...planActions,
  ...meetingActions,
  ...communityActions,
  ...outputActions,
  ...dailyRecordActions,
} satisfies Record<string, AuditActionSpec>;

export type AuditAction = keyof typeof auditActions;

/** The kind of record an action's row points at (never, when it points at none). */
export type AuditTargetOf<A extends AuditAction> = Exclude<
  (typeof auditActions)[A]['target'],
  null
> &
  AuditTargetKind;

export const auditActionCodes = Object.keys(auditActions) as [AuditAction, ...AuditAction[]];
export const auditGroupCodes = Object.keys(auditGroups) as [AuditGroup, ...AuditGroup[]];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActions, value);
}

export function isAuditGroup(value: string): value is AuditGroup {
  return Object.hasOwn(auditGroups, value);
}

/** The spec of a stored action; undefined for a code this version does not know. */
export function auditActionSpec(action: string): AuditActionSpec | undefined {
  return isAuditAction(action) ? auditActions[action] : undefined;
}

/** An action's Japanese name; a code from a newer version is shown as 「不明な操作」 with it. */
export function auditActionLabel(action: string): string {
  return auditActionSpec(action)?.label ?? `不明な操作（${action}）`;
}

/** The actions of one 操作 group, in table order. */
export function auditActionsOfGroup(group: AuditGroup): AuditAction[] {
  return auditActionCodes.filter((action) => auditActions[action].group === group);
}
