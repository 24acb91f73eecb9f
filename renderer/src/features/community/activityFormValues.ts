import type { CallInput } from '../../../../electron/contract';
import type { ActivityKind } from '../../../../electron/contract/communityCodes';
import {
  activityCreateInput,
  type ActivityView,
} from '../../../../electron/contract/schemas/activity';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { ja } from '../../i18n/ja';

/** The participant groups, in the order the form shows them. */
export const groupFields = [
  'participantsElderly',
  'participantsDisability',
  'participantsChildren',
  'participantsOther',
] as const;
export type GroupField = (typeof groupFields)[number];

/** An activity as the form holds it: number fields hold '' when left empty. */
export type ActivityFormValues = {
  heldOn: string;
  name: string;
  kind: ActivityKind | null;
  place: string;
  district: string;
  organisers: string;
  participants: number | string;
  organisations: string;
  note: string;
} & Record<GroupField, number | string>;

export function emptyActivityValues(today: string): ActivityFormValues {
  return {
    heldOn: textFromIso(today),
    name: '',
    kind: null,
    place: '',
    district: '',
    organisers: '',
    participants: '',
    participantsElderly: '',
    participantsDisability: '',
    participantsChildren: '',
    participantsOther: '',
    organisations: '',
    note: '',
  };
}

export function activityValuesFrom(view: ActivityView): ActivityFormValues {
  const blank = (n: number | null) => n ?? '';
  return {
    heldOn: textFromIso(view.heldOn),
    name: view.name,
    kind: view.kind,
    place: view.place,
    district: view.district,
    organisers: view.organisers,
    participants: view.participants,
    participantsElderly: blank(view.participantsElderly),
    participantsDisability: blank(view.participantsDisability),
    participantsChildren: blank(view.participantsChildren),
    participantsOther: blank(view.participantsOther),
    organisations: view.organisations,
    note: view.note,
  };
}

const countOrNull = (value: number | string) => (value === '' ? null : Number(value));

/** The sum of the groups filled in. */
export function breakdownSum(values: ActivityFormValues): number {
  return groupFields.reduce((sum, field) => sum + (Number(values[field]) || 0), 0);
}

/** activity.create's input (a missing 種類 goes as '' so the schema names the field). */
export function toActivityInput(values: ActivityFormValues): CallInput<'activity.create'> {
  return {
    heldOn: isoFromText(values.heldOn) ?? '',
    name: values.name,
    kind: values.kind ?? ('' as ActivityKind),
    place: values.place,
    district: values.district,
    organisers: values.organisers,
    participants: values.participants === '' ? Number.NaN : Number(values.participants),
    participantsElderly: countOrNull(values.participantsElderly),
    participantsDisability: countOrNull(values.participantsDisability),
    participantsChildren: countOrNull(values.participantsChildren),
    participantsOther: countOrNull(values.participantsOther),
    organisations: values.organisations,
    note: values.note,
  };
}

/**
 * Field errors in Japanese: the contract's rules, 開催日 as typed (not after today), and the
 * breakdown against the total at once — the schema checks it only once every field is valid.
 */
export function validateActivity(
  values: ActivityFormValues,
  today: string,
): Record<string, string> {
  const t = ja.activities;
  const errors = schemaErrors(activityCreateInput, toActivityInput(values));
  delete errors.heldOn;
  const dateError = dateTextError(values.heldOn, { required: true, notAfter: today });
  if (dateError) errors.heldOn = dateError;
  if (values.kind === null) errors.kind = ja.resources.kindRequired;
  if (values.participants === '') errors.participants = t.participantsRequired;
  else if (!errors.participants && breakdownSum(values) > Number(values.participants)) {
    errors.participants = t.breakdownOver;
  }
  return errors;
}
