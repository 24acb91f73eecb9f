import type { CaseDetail, NoteView } from '../../../contract/schemas/caseWork';
import type { PersonView } from '../../../contract/schemas/household';
import type { PrintContext } from '../printContext';
import { calendarDate } from '../../../contract/japaneseDate/japanTime';

/** The print context of the tests: みどり町, printed on 令和8年11月27日. */
export const testPrintContext: PrintContext = {
  municipalityName: 'みどり町',
  createdOn: '2026-11-27',
};

export function samplePerson(overrides: Partial<PersonView> = {}): PersonView {
  return {
    id: 11,
    householdId: 5,
    name: '山田 太郎',
    nameKana: 'やまだ たろう',
    birthDate: '1944-06-12',
    sex: 'male',
    relationship: '本人',
    livesTogether: true,
    phone: '0123-45-6789',
    mobilePhone: '090-1234-5678',
    email: '',
    disabilityBook: '',
    careLevel: '要介護1',
    livelihood: '',
    memo: '',
    age: 82,
    ...overrides,
  };
}

/** A case as the case screen gets it, with no notes unless given. */
export function sampleCaseDetail(overrides: Partial<CaseDetail> = {}): CaseDetail {
  const person = samplePerson();
  return {
    id: 3,
    caseNumber: 'R8-0001',
    personId: person.id,
    personName: person.name,
    personKana: person.nameKana,
    householdId: person.householdId,
    stage: 'support',
    receivedOn: '2026-04-01',
    route: 'counter',
    fields: ['elderly', 'poverty'],
    tags: ['8050問題', 'ひきこもり'],
    urgency: 'high',
    mainStaffId: 2,
    mainStaffName: '相談 一郎',
    coordination: false,
    restricted: false,
    closedOn: null,
    receivedBy: 2,
    receivedByName: '相談 一郎',
    visitorName: '山田 花子',
    visitorRelation: '長女',
    visitorPhone: '080-2345-6789',
    mainTag: 'ひきこもり',
    chiefComplaint: '同居の長男が10年ほど家から出ない。\n年金だけで暮らしが苦しい。',
    subStaffId: null,
    subStaffName: null,
    mainAgencyId: null,
    mainAgencyName: null,
    coordinationOn: null,
    outreach: false,
    closeReasonCode: null,
    closeReason: '',
    person,
    household: {
      id: person.householdId,
      postalCode: '123-4567',
      address: 'みどり町本町2-14-3',
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

/** Note `i` of a case, at 09:00 on day `i` from 2026-04-01 (newest-first order is up to callers). */
export function sampleNote(i: number, overrides: Partial<NoteView> = {}): NoteView {
  const day = calendarDate(2026, 4, 1 + i);
  return {
    id: 100 + i,
    caseId: 3,
    occurredAt: `${day}T09:${String(i % 60).padStart(2, '0')}`,
    means: 'homeVisit',
    counterpart: '本人',
    staffId: 2,
    staffName: '相談 一郎',
    facts: `訪問した記録 ${i}`,
    assessment: '',
    nextAction: '',
    minutes: 30,
    nextActionDue: null,
    version: 1,
    withdrawn: null,
    ...overrides,
  };
}
