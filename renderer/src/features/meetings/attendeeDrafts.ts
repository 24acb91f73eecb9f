import type { AttendeeRole, CallInput, MeetingAttendeeView } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';

/** One attendee as the editor holds it; `key` keeps React rows stable while the list changes. */
export type AttendeeDraft = {
  key: string;
  staffId: number | null;
  agencyId: number | null;
  name: string;
  affiliation: string;
  /** 役割 at the meeting (司会, 記録 …), or none. */
  role: AttendeeRole | null;
  /** 守秘義務の確認 (支援会議): whether acknowledged, and the date as typed. */
  acknowledged: boolean;
  ackOn: string;
};

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `attendee-${nextKey}`;
}

/** The saved list, ready to edit; a staff member's name falls back to their display name. */
export function draftsFrom(
  attendees: readonly MeetingAttendeeView[],
  staffName: (id: number) => string | undefined,
): AttendeeDraft[] {
  return attendees.map((a) => ({
    key: newKey(),
    staffId: a.staffId,
    agencyId: a.agencyId,
    name: a.name === '' && a.staffId !== null ? (staffName(a.staffId) ?? '') : a.name,
    affiliation: a.affiliation,
    role: a.role,
    acknowledged: a.confidentialityAckOn !== null,
    ackOn: textFromIso(a.confidentialityAckOn),
  }));
}

/** A new row: a staff member, an agency's representative (its name as 所属), or someone else. */
export function newDraft(
  fields: Pick<AttendeeDraft, 'name' | 'affiliation'> &
    Partial<Pick<AttendeeDraft, 'staffId' | 'agencyId'>>,
): AttendeeDraft {
  return {
    key: newKey(),
    staffId: fields.staffId ?? null,
    agencyId: fields.agencyId ?? null,
    name: fields.name.trim(),
    affiliation: fields.affiliation.trim(),
    role: null,
    acknowledged: false,
    ackOn: '',
  };
}

/** The date an acknowledgement defaults to: the meeting's day, or today if that is still ahead. */
export function defaultAckDate(heldOn: string, today: string): string {
  return textFromIso(heldOn < today ? heldOn : today);
}

/** Errors by row key: a name for everyone, and a real date for each acknowledgement. */
export function attendeeErrors(drafts: readonly AttendeeDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const d of drafts) {
    if (d.name.trim() === '') errors[`${d.key}.name`] = ja.meetings.attendees.nameRequired;
    if (d.acknowledged) {
      const error = dateTextError(d.ackOn, { required: true });
      if (error !== null) errors[`${d.key}.ackOn`] = error;
    }
  }
  return errors;
}

/** meeting.setAttendees' list, in the order shown, from drafts that passed `attendeeErrors`. */
export function attendeesInput(
  drafts: readonly AttendeeDraft[],
  withAck: boolean,
): CallInput<'meeting.setAttendees'>['attendees'] {
  return drafts.map((d) => ({
    staffId: d.staffId,
    agencyId: d.agencyId,
    name: d.name.trim(),
    affiliation: d.affiliation.trim(),
    role: d.role,
    confidentialityAckOn: withAck && d.acknowledged ? isoFromText(d.ackOn) : null,
  }));
}

/** Whether the drafts differ from what is saved (ignoring row keys). */
export function attendeesChanged(
  drafts: readonly AttendeeDraft[],
  saved: readonly MeetingAttendeeView[],
  withAck: boolean,
): boolean {
  const now = attendeesInput(drafts, withAck);
  if (now.length !== saved.length) return true;
  return now.some((a, i) => {
    const s = saved[i];
    return (
      s === undefined ||
      a.staffId !== s.staffId ||
      a.agencyId !== s.agencyId ||
      (a.name !== s.name && !(s.name === '' && s.staffId !== null)) ||
      a.affiliation !== s.affiliation ||
      (a.role ?? null) !== s.role ||
      a.confidentialityAckOn !== (withAck ? s.confidentialityAckOn : null)
    );
  });
}

/** The rows with the one at `index` moved one place up or down (unchanged at either end). */
export function moveRow<T>(rows: readonly T[], index: number, direction: 'up' | 'down'): T[] {
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  if (row !== undefined) next.splice(target, 0, row);
  return next;
}
