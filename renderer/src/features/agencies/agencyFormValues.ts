import type { AgencyKind, AgencyView, CallInput } from '../../../../electron/contract';

/** The agency form, shaped like agency.create's input so the contract's schema validates it. */
export type AgencyFormValues = {
  agency: {
    name: string;
    kind: AgencyKind | null;
    contactPerson: string;
    phone: string;
    address: string;
    shienMeetingMember: boolean;
    active: boolean;
    memo: string;
  };
};

export function emptyAgencyValues(): AgencyFormValues {
  return {
    agency: {
      name: '',
      kind: null,
      contactPerson: '',
      phone: '',
      address: '',
      shienMeetingMember: false,
      active: true,
      memo: '',
    },
  };
}

export function agencyValuesFrom(view: AgencyView): AgencyFormValues {
  const { id: _id, ...agency } = view;
  return { agency };
}

/** agency.create / agency.update's `agency`, from a form that passed validation. */
export function agencyFieldsFrom(values: AgencyFormValues): CallInput<'agency.create'>['agency'] {
  const { kind } = values.agency;
  if (kind === null) throw new Error('agency form saved before validation');
  return { ...values.agency, kind };
}
