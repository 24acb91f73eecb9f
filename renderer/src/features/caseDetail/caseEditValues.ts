import type { CallInput, CaseDetail, Field, Stage, Urgency } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';

/** 「ケース情報を編集」: pick lists hold ids as strings, dates as typed text. */
export type CaseEditValues = {
  /** Null while a closed case stays closed; choosing a stage reopens it. */
  stage: Exclude<Stage, 'closed'> | null;
  urgency: Urgency;
  mainStaffId: string | null;
  subStaffId: string | null;
  mainAgencyId: string | null;
  coordination: boolean;
  coordinationOn: string;
  outreach: boolean;
  restricted: boolean;
  fields: Field[];
  tags: string[];
  /** 主な課題: one of `tags`, or '' for none. */
  mainTag: string;
  chiefComplaint: string;
};

function idText(id: number | null): string | null {
  return id === null ? null : String(id);
}

function idOf(text: string | null): number | null {
  return text === null || text === '' ? null : Number(text);
}

/** The form as the case stands. */
export function caseEditValuesFrom(detail: CaseDetail): CaseEditValues {
  return {
    stage: detail.stage === 'closed' ? null : detail.stage,
    urgency: detail.urgency,
    mainStaffId: idText(detail.mainStaffId),
    subStaffId: idText(detail.subStaffId),
    mainAgencyId: idText(detail.mainAgencyId),
    coordination: detail.coordination,
    coordinationOn: textFromIso(detail.coordinationOn),
    outreach: detail.outreach,
    restricted: detail.restricted,
    fields: [...detail.fields],
    tags: [...detail.tags],
    mainTag: detail.mainTag,
    chiefComplaint: detail.chiefComplaint,
  };
}

/** Field errors in Japanese. */
export function validateCaseEdit(values: CaseEditValues): Record<string, string> {
  return compactErrors({
    fields: values.fields.length === 0 ? ja.caseEdit.fieldsRequired : null,
    coordinationOn: !values.coordination
      ? null
      : values.coordinationOn.trim() === ''
        ? ja.caseEdit.coordinationOnRequired
        : dateTextError(values.coordinationOn, { required: true }),
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * case.update's input: only what the form changed (the service changes only the keys sent, and
 * the audit log then names exactly what was edited). Unticking 多機関協働 clears its date.
 */
export function caseUpdateFrom(
  detail: CaseDetail,
  values: CaseEditValues,
): CallInput<'case.update'> {
  const input: CallInput<'case.update'> = { id: detail.id };
  if (values.stage !== null && values.stage !== detail.stage) input.stage = values.stage;
  if (values.urgency !== detail.urgency) input.urgency = values.urgency;
  const mainStaffId = idOf(values.mainStaffId);
  if (mainStaffId !== detail.mainStaffId) input.mainStaffId = mainStaffId;
  const subStaffId = idOf(values.subStaffId);
  if (subStaffId !== detail.subStaffId) input.subStaffId = subStaffId;
  const mainAgencyId = idOf(values.mainAgencyId);
  if (mainAgencyId !== detail.mainAgencyId) input.mainAgencyId = mainAgencyId;
  if (values.coordination !== detail.coordination) input.coordination = values.coordination;
  const coordinationOn = values.coordination ? isoFromText(values.coordinationOn) : null;
  if (coordinationOn !== detail.coordinationOn) input.coordinationOn = coordinationOn;
  if (values.outreach !== detail.outreach) input.outreach = values.outreach;
  if (values.restricted !== detail.restricted) input.restricted = values.restricted;
  if (!sameList(values.fields, detail.fields)) input.fields = values.fields;
  if (!sameList(values.tags, detail.tags)) input.tags = values.tags;
  // A 主な課題 whose tag was just removed is cleared by the service; only a kept one is sent.
  const mainTag = values.tags.includes(values.mainTag) ? values.mainTag : '';
  if (mainTag !== detail.mainTag && (mainTag !== '' || values.tags.includes(detail.mainTag))) {
    input.mainTag = mainTag;
  }
  if (values.chiefComplaint !== detail.chiefComplaint) {
    input.chiefComplaint = values.chiefComplaint;
  }
  return input;
}

/** Whether an update input changes anything beyond naming the case. */
export function changesSomething(input: CallInput<'case.update'>): boolean {
  return Object.keys(input).some((key) => key !== 'id');
}
