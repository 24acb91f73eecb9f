import type { CallInput, Field, Route, Urgency } from '../../../../electron/contract';
import { caseIntakeInput } from '../../../../electron/contract/schemas/caseWork';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';
import {
  emptyHousehold,
  householdFormErrors,
  type HouseholdFormValues,
} from '../household/householdForm';
import {
  emptyPerson,
  personFormErrors,
  toPersonFields,
  type PersonFormValues,
} from '../household/personForm';
import { ja } from '../../i18n/ja';

/** 本人 as the form holds it; paths mirror the contract (`person.person.name`) so issues land. */
export type IntakePersonForm = {
  mode: 'existing' | 'new';
  personId: number | null;
  householdMode: 'existing' | 'new';
  householdId: number | null;
  /** How the chosen household reads on screen (not sent). */
  householdLabel: string;
  person: PersonFormValues;
  household: HouseholdFormValues;
};

export type IntakeFormValues = {
  receivedOn: string;
  receivedBy: string | null;
  route: Route | '';
  visitorIsOther: boolean;
  visitorName: string;
  visitorRelation: string;
  visitorPhone: string;
  person: IntakePersonForm;
  fields: Field[];
  tags: string[];
  /** 主な課題: one of `tags`, or '' for none. */
  mainTag: string;
  chiefComplaint: string;
  urgency: Urgency;
};

/** A fresh intake: today, taken by the current user, about the preselected person if any. */
export function newIntakeForm(
  today: string,
  staffId: number,
  personId: number | null,
): IntakeFormValues {
  return {
    receivedOn: textFromIso(today),
    receivedBy: String(staffId),
    route: '',
    visitorIsOther: false,
    visitorName: '',
    visitorRelation: '',
    visitorPhone: '',
    person: {
      mode: 'existing',
      personId,
      householdMode: 'new',
      householdId: null,
      householdLabel: '',
      person: emptyPerson,
      household: emptyHousehold,
    },
    fields: [],
    tags: [],
    mainTag: '',
    chiefComplaint: '',
    urgency: 'normal',
  };
}

function toIntakePerson(p: IntakePersonForm): CallInput<'case.intake'>['person'] {
  if (p.mode === 'existing') return { mode: 'existing', personId: p.personId ?? 0 };
  const person = toPersonFields(p.person);
  if (p.householdMode === 'existing') {
    return { mode: 'newInHousehold', householdId: p.householdId ?? 0, person };
  }
  return { mode: 'newHousehold', household: p.household, person };
}

/** case.intake's input for the form (visitor fields only when 本人以外が来談). */
export function toCaseIntakeInput(values: IntakeFormValues): CallInput<'case.intake'> {
  return {
    receivedOn: isoFromText(values.receivedOn) ?? '',
    receivedBy: Number(values.receivedBy ?? 0),
    route: values.route as Route,
    visitorName: values.visitorIsOther ? values.visitorName : '',
    visitorRelation: values.visitorIsOther ? values.visitorRelation : '',
    visitorPhone: values.visitorIsOther ? values.visitorPhone : '',
    person: toIntakePerson(values.person),
    fields: values.fields,
    tags: values.tags,
    // A draft may hold a 主な課題 whose tag was since removed: only a chosen tag is sent.
    mainTag: values.tags.includes(values.mainTag) ? values.mainTag : '',
    chiefComplaint: values.chiefComplaint,
    urgency: values.urgency,
  };
}

/** Every field error of 相談受付, by form path, in Japanese. */
export function validateIntake(values: IntakeFormValues, today: string): Record<string, string> {
  const errors = schemaErrors(caseIntakeInput, toCaseIntakeInput(values));
  const t = ja.intake;
  const own: Record<string, string | null> = {
    receivedOn: dateTextError(values.receivedOn, { required: true, notAfter: today }),
    receivedBy: values.receivedBy ? null : t.receivedByRequired,
    route: values.route ? null : t.routeRequired,
  };
  const p = values.person;
  if (p.mode === 'existing') {
    own['person.personId'] = p.personId ? null : t.personRequired;
  } else {
    Object.assign(errors, personFormErrors(p.person, 'person.person.', today));
    if (p.householdMode === 'existing') {
      own['person.householdId'] = p.householdId ? null : t.householdRequired;
    } else {
      Object.assign(errors, householdFormErrors(p.household, 'person.household.'));
    }
  }
  // The form's own checks replace the schema's messages for the same fields.
  const kept = Object.entries(errors).filter(([path]) => !(path in own));
  const mine = Object.entries(own).filter((entry): entry is [string, string] => entry[1] !== null);
  return Object.fromEntries([...kept, ...mine]);
}
