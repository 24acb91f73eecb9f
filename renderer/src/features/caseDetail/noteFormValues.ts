import type { CallInput, NoteMeans, NoteView } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';
import { parseTimeText } from './parseTimeText';
import { localDateOf, localTimeOf } from '../../../../electron/contract/japaneseDate/japanTime';

/** The 経過記録 form: 日時 split into a typed date (和暦 or 西暦) and a typed time. */
export type NoteFormValues = {
  date: string;
  time: string;
  means: NoteMeans | null;
  counterpart: string;
  facts: string;
  assessment: string;
  nextAction: string;
  /** What the number field holds: a number, or '' when left empty. */
  minutes: number | string;
  /** 次の対応の期日 as typed (和暦 or 西暦), '' for none. */
  nextActionOn: string;
  /** The chosen staff id as the pick list holds it; null: the writer. */
  nextActionStaffId: string | null;
};

export type NoteFields = Omit<CallInput<'note.create'>, 'caseId'>;

/** A new note: now, nothing else. */
export function emptyNoteValues(now: { date: string; time: string }): NoteFormValues {
  return {
    date: textFromIso(now.date),
    time: now.time,
    means: null,
    counterpart: '',
    facts: '',
    assessment: '',
    nextAction: '',
    minutes: '',
    nextActionOn: '',
    nextActionStaffId: null,
  };
}

/** A saved note, back in the form for correction. */
export function noteValuesFrom(note: NoteView): NoteFormValues {
  return {
    date: textFromIso(localDateOf(note.occurredAt)),
    time: localTimeOf(note.occurredAt),
    means: note.means,
    counterpart: note.counterpart,
    facts: note.facts,
    assessment: note.assessment,
    nextAction: note.nextAction,
    minutes: note.minutes ?? '',
    nextActionOn: textFromIso(note.nextActionDue?.dueOn ?? null),
    nextActionStaffId: note.nextActionDue ? String(note.nextActionDue.staffId) : null,
  };
}

function minutesError(minutes: number | string): string | null {
  if (minutes === '') return null;
  const n = Number(minutes);
  return Number.isInteger(n) && n >= 0 && n <= 1440 ? null : ja.caseNotes.minutesRange;
}

/** Field errors in Japanese; a note records what happened, so its date may not be after today. */
export function validateNoteValues(values: NoteFormValues, today: string): Record<string, string> {
  const errors: Record<string, string | null> = {
    date: dateTextError(values.date, { required: true, notAfter: today }),
    time:
      values.time.trim() === ''
        ? ja.caseNotes.timeRequired
        : parseTimeText(values.time) === null
          ? ja.caseNotes.timeFormat
          : null,
    means: values.means === null ? ja.caseNotes.meansRequired : null,
    facts: values.facts.trim() === '' ? ja.caseNotes.factsRequired : null,
    minutes: minutesError(values.minutes),
    nextActionOn: dateTextError(values.nextActionOn),
    nextAction:
      values.nextActionOn.trim() !== '' && values.nextAction.trim() === ''
        ? ja.nextActions.needsText
        : null,
  };
  return compactErrors(errors);
}

/** What note.create and note.update take, from a form that passed validation. */
export function noteFieldsFrom(values: NoteFormValues): NoteFields {
  const iso = isoFromText(values.date);
  const time = parseTimeText(values.time);
  if (iso === null || time === null || values.means === null) {
    throw new Error('note form saved before validation');
  }
  return {
    occurredAt: `${iso}T${time}`,
    means: values.means,
    counterpart: values.counterpart,
    facts: values.facts,
    assessment: values.assessment,
    nextAction: values.nextAction,
    minutes: values.minutes === '' ? null : Number(values.minutes),
    nextActionOn: isoFromText(values.nextActionOn),
    nextActionStaffId:
      isoFromText(values.nextActionOn) === null || values.nextActionStaffId === null
        ? null
        : Number(values.nextActionStaffId),
  };
}
