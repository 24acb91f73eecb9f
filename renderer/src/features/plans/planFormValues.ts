import type { CallInput, PlanGoalKind, PlanView } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from '../caseDetail/compactErrors';
import { assigneeFrom, assigneeValue } from './planAssignee';

/** Each list row carries a `key` so React keeps the right inputs when rows move. */
export type PlanIssueValues = { key: string; issue: string; background: string };
export type PlanGoalValues = { key: string; kind: PlanGoalKind; text: string };
export type PlanRowValues = {
  key: string;
  issue: string;
  content: string;
  /** `agency:3`, `staff:2`, or null (free text only). */
  assignee: string | null;
  assigneeText: string;
  frequency: string;
  period: string;
};

/** The 案 editor: dates as typed (和暦 or 西暦), lists as rows. */
export type PlanFormValues = {
  createdOn: string;
  periodFrom: string;
  periodTo: string;
  nextEvaluationOn: string;
  personWishes: string;
  householdGoal: string;
  issues: PlanIssueValues[];
  goals: PlanGoalValues[];
  rows: PlanRowValues[];
  referralParticipation: boolean;
  referralOutreach: boolean;
};

export type PlanFields = Omit<CallInput<'plan.update'>, 'id'>;

let lastKey = 0;
/** A key for a new list row, unique in this window. */
export function rowKey(): string {
  lastKey += 1;
  return `r${lastKey}`;
}

export function emptyIssue(): PlanIssueValues {
  return { key: rowKey(), issue: '', background: '' };
}
export function emptyGoal(kind: PlanGoalKind): PlanGoalValues {
  return { key: rowKey(), kind, text: '' };
}
export function emptyRow(): PlanRowValues {
  return {
    key: rowKey(),
    issue: '',
    content: '',
    assignee: null,
    assigneeText: '',
    frequency: '',
    period: '',
  };
}

/** A saved 案 (or a version to read) in the editor's shape. */
export function planValuesFrom(plan: PlanView): PlanFormValues {
  return {
    createdOn: textFromIso(plan.createdOn),
    periodFrom: textFromIso(plan.periodFrom),
    periodTo: textFromIso(plan.periodTo),
    nextEvaluationOn: textFromIso(plan.nextEvaluationOn),
    personWishes: plan.personWishes,
    householdGoal: plan.householdGoal,
    issues: plan.issues.map((i) => ({ key: rowKey(), ...i })),
    goals: plan.goals.map((g) => ({ key: rowKey(), kind: g.kind, text: g.text })),
    rows: plan.rows.map((r) => ({
      key: rowKey(),
      issue: r.issue,
      content: r.content,
      assignee: assigneeValue(r.assigneeAgencyId, r.assigneeStaffId),
      assigneeText: r.assigneeText,
      frequency: r.frequency,
      period: r.period,
    })),
    referralParticipation: plan.referralParticipation,
    referralOutreach: plan.referralOutreach,
  };
}

function requiredText(value: string, label: string): string | null {
  return value.trim() === '' ? ja.plans.required(label) : null;
}

/** Field errors in Japanese (paths as the server names them: `goals.1.text`). */
export function validatePlanValues(values: PlanFormValues, today: string): Record<string, string> {
  const t = ja.plans;
  const errors: Record<string, string | null> = {
    createdOn: dateTextError(values.createdOn, { required: true, notAfter: today }),
    periodFrom: dateTextError(values.periodFrom),
    periodTo: dateTextError(values.periodTo),
    nextEvaluationOn: dateTextError(values.nextEvaluationOn),
  };
  const from = isoFromText(values.periodFrom);
  const to = isoFromText(values.periodTo);
  if (!errors.periodTo && from !== null && to !== null && to < from)
    errors.periodTo = t.periodOrder;
  const created = isoFromText(values.createdOn);
  const next = isoFromText(values.nextEvaluationOn);
  if (!errors.nextEvaluationOn && created !== null && next !== null && next <= created)
    errors.nextEvaluationOn = t.nextAfterCreated;
  values.issues.forEach((row, i) => {
    errors[`issues.${i}.issue`] = requiredText(row.issue, t.issue);
  });
  values.goals.forEach((row, i) => {
    errors[`goals.${i}.text`] = requiredText(row.text, t.goalText);
  });
  values.rows.forEach((row, i) => {
    errors[`rows.${i}.content`] = requiredText(row.content, t.rowContent);
  });
  return compactErrors(errors);
}

/** What plan.update takes, from a form that passed validation. */
export function planFieldsFrom(values: PlanFormValues): PlanFields {
  const createdOn = isoFromText(values.createdOn);
  if (createdOn === null) throw new Error('plan form saved before validation');
  return {
    createdOn,
    periodFrom: isoFromText(values.periodFrom),
    periodTo: isoFromText(values.periodTo),
    nextEvaluationOn: isoFromText(values.nextEvaluationOn),
    personWishes: values.personWishes,
    householdGoal: values.householdGoal,
    issues: values.issues.map(({ issue, background }) => ({ issue, background })),
    goals: values.goals.map(({ kind, text }) => ({ kind, text })),
    rows: values.rows.map((row) => ({
      issue: row.issue,
      content: row.content,
      ...assigneeFrom(row.assignee),
      assigneeText: row.assigneeText,
      frequency: row.frequency,
      period: row.period,
    })),
    referralParticipation: values.referralParticipation,
    referralOutreach: values.referralOutreach,
  };
}

/** Server paths that name a part of a row the form shows as one field. */
export function planIssuePath(path: string): string {
  return path.replace(/^(rows\.\d+)\.assignee(AgencyId|StaffId)$/, '$1.assignee');
}
