import type { CallInput } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import type { SettableStage } from './outreachStageSteps';

/** A stage change (or 終了) as the dialog holds it. */
export type StageFormValues = { on: string; reason: string };

export type StageTarget = SettableStage | 'ended';

export function emptyStageValues(today: string): StageFormValues {
  return { on: textFromIso(today), reason: '' };
}

/** Field errors: the date as typed, not after today; 終了 needs its reason. */
export function validateStage(
  stage: StageTarget,
  values: StageFormValues,
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const dateError = dateTextError(values.on, { required: true, notAfter: today });
  if (dateError) errors.on = dateError;
  if (stage === 'ended' && values.reason.trim() === '') {
    errors.reason = ja.outreach.endReasonRequired;
  }
  return errors;
}

export function toStageInput(
  id: number,
  stage: StageTarget,
  values: StageFormValues,
): CallInput<'outreach.setStage'> {
  return { id, stage, on: isoFromText(values.on) ?? '', reason: values.reason.trim() };
}
