import type { CallInput } from '../../../../electron/contract';
import { matchStatuses, type MatchStatus } from '../../../../electron/contract/communityCodes';
import { matchFollowUpInput } from '../../../../electron/contract/schemas/participation';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { ja } from '../../i18n/ja';

/** A follow-up as the form holds it; statusTo null keeps the status as it is. */
export type FollowUpFormValues = {
  followedOn: string;
  statusTo: MatchStatus | null;
  personNote: string;
  hostNote: string;
};

export function emptyFollowUpValues(today: string): FollowUpFormValues {
  return { followedOn: textFromIso(today), statusTo: null, personNote: '', hostNote: '' };
}

/** The statuses a follow-up may move to: every one but the current. */
export function statusChoices(current: MatchStatus): Array<{ value: MatchStatus; label: string }> {
  return matchStatuses.codes
    .filter((code) => code !== current)
    .map((code) => ({ value: code, label: matchStatuses.labels[code] }));
}

export function toFollowUpInput(
  matchId: number,
  values: FollowUpFormValues,
): CallInput<'match.followUp'> {
  return {
    matchId,
    followedOn: isoFromText(values.followedOn) ?? '',
    statusTo: values.statusTo,
    personNote: values.personNote,
    hostNote: values.hostNote,
  };
}

/** Field errors: the date as typed, not after today; an empty follow-up says nothing, so not. */
export function validateFollowUp(
  values: FollowUpFormValues,
  today: string,
): Record<string, string> {
  const errors = schemaErrors(matchFollowUpInput, toFollowUpInput(1, values));
  delete errors.followedOn;
  const dateError = dateTextError(values.followedOn, { required: true, notAfter: today });
  if (dateError) errors.followedOn = dateError;
  const said = values.personNote.trim() || values.hostNote.trim() || values.statusTo;
  if (!said) errors.personNote = ja.matches.followUpEmptyNote;
  return errors;
}
