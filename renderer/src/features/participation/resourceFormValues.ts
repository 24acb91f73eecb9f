import type { CallInput } from '../../../../electron/contract';
import type { Field } from '../../../../electron/contract/caseCodes';
import type { ResourceIntake, ResourceKind } from '../../../../electron/contract/communityCodes';
import {
  resourceCreateInput,
  type ResourceView,
} from '../../../../electron/contract/schemas/participation';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { ja } from '../../i18n/ja';

/** A 社会資源 as the form holds it; 定員 and either end of 対象年齢 are '' when there is none. */
export type ResourceFormValues = {
  name: string;
  kind: ResourceKind | null;
  hostName: string;
  hostAgencyId: string | null;
  place: string;
  district: string;
  schedule: string;
  capacity: number | string;
  target: string;
  ageMin: number | string;
  ageMax: number | string;
  fields: Field[];
  intake: ResourceIntake;
  contact: string;
  active: boolean;
  memo: string;
};

export function emptyResourceValues(): ResourceFormValues {
  return {
    name: '',
    kind: null,
    hostName: '',
    hostAgencyId: null,
    place: '',
    district: '',
    schedule: '',
    capacity: '',
    target: '',
    ageMin: '',
    ageMax: '',
    fields: [],
    intake: 'open',
    contact: '',
    active: true,
    memo: '',
  };
}

export function resourceValuesFrom(view: ResourceView): ResourceFormValues {
  return {
    name: view.name,
    kind: view.kind,
    hostName: view.hostName,
    hostAgencyId: view.hostAgencyId === null ? null : String(view.hostAgencyId),
    place: view.place,
    district: view.district,
    schedule: view.schedule,
    capacity: view.capacity ?? '',
    target: view.target,
    ageMin: view.ageMin ?? '',
    ageMax: view.ageMax ?? '',
    fields: view.fields,
    intake: view.intake,
    contact: view.contact,
    active: view.active,
    memo: view.memo,
  };
}

/** resource.create's input (a missing 種類 goes as '' so the schema names the field). */
export function toResourceInput(values: ResourceFormValues): CallInput<'resource.create'> {
  return {
    ...values,
    kind: values.kind ?? ('' as ResourceKind),
    hostAgencyId: values.hostAgencyId ? Number(values.hostAgencyId) : null,
    capacity: orNull(values.capacity),
    ageMin: orNull(values.ageMin),
    ageMax: orNull(values.ageMax),
  };
}

const orNull = (value: number | string) => (value === '' ? null : Number(value));

export function validateResource(values: ResourceFormValues): Record<string, string> {
  const errors = schemaErrors(resourceCreateInput, toResourceInput(values));
  if (values.kind === null) errors.kind = ja.resources.kindRequired;
  const capacity = Number(values.capacity);
  if (values.capacity !== '' && !(Number.isInteger(capacity) && capacity >= 0)) {
    errors.capacity = ja.resources.capacityFormat;
  }
  return errors;
}
