import type { CaseDetail, ConsentView, NoteView } from '../../../../electron/contract';

/** A realistic case as case.get returns it, for tests of the screen's pure helpers. */
export function sampleCase(overrides: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 7,
    caseNumber: 'R8-0007',
    personId: 11,
    personName: '山田 太郎',
    personKana: 'やまだ たろう',
    householdId: 5,
    stage: 'assessment',
    receivedOn: '2026-04-03',
    route: 'counter',
    fields: ['elderly', 'poverty'],
    tags: ['8050問題', 'ひきこもり'],
    urgency: 'normal',
    mainStaffId: 1,
    mainStaffName: '管理 花子',
    coordination: false,
    restricted: false,
    closedOn: null,
    receivedBy: 1,
    receivedByName: '管理 花子',
    visitorName: '',
    visitorRelation: '',
    chiefComplaint: '息子が10年ひきこもっている。',
    subStaffId: null,
    subStaffName: null,
    mainAgencyId: null,
    mainAgencyName: null,
    coordinationOn: null,
    outreach: false,
    closeReason: '',
    person: {
      id: 11,
      householdId: 5,
      age: 82,
      name: '山田 太郎',
      nameKana: 'やまだ たろう',
      birthDate: '1944-01-15',
      sex: 'male',
      relationship: '本人',
      livesTogether: true,
      phone: '0123-45-6789',
      email: '',
      disabilityBook: '',
      careLevel: '',
      livelihood: '',
      memo: '',
    },
    household: {
      id: 5,
      postalCode: '',
      address: 'みどり町1-2-3',
      building: '',
      district: '東圏域',
      housingType: '持ち家',
      memo: '',
    },
    consents: {
      current: { application: null, infoSharing: null, jusouMeeting: null },
      history: [],
    },
    agencies: [],
    notes: [],
    ...overrides,
  };
}

export function sampleNote(overrides: Partial<NoteView> = {}): NoteView {
  return {
    id: 1,
    caseId: 7,
    occurredAt: '2026-04-03T10:30',
    means: 'visitOffice',
    counterpart: '本人',
    staffId: 1,
    staffName: '管理 花子',
    facts: '来所。',
    assessment: '',
    nextAction: '',
    minutes: 30,
    nextActionDue: null,
    ...overrides,
  };
}

export function sampleConsent(overrides: Partial<ConsentView> = {}): ConsentView {
  return {
    id: 1,
    kind: 'application',
    state: 'given',
    recordedOn: '2026-04-03',
    method: 'signature',
    proxyName: '',
    obtainedById: 1,
    obtainedByName: '管理 花子',
    agencies: [],
    note: '',
    ...overrides,
  };
}
