import type {
  MeetingAttendeeView,
  MeetingCaseView,
  MeetingView,
} from '../../../contract/schemas/meeting';
import type { HandoutCase } from './meetingCaseSummaryHtml';
import type { MeetingHandoutData } from './meetingHandoutHtml';
import { samplePlan } from './planFixture.testing';
import { sampleCaseDetail, sampleNote, samplePerson } from './printFixture.testing';

export function sampleAttendee(
  i: number,
  overrides: Partial<MeetingAttendeeView> = {},
): MeetingAttendeeView {
  return {
    id: 40 + i,
    staffId: null,
    agencyId: null,
    agencyName: null,
    name: `出席 ${i}郎`,
    affiliation: `所属${i}`,
    role: null,
    confidentialityAckOn: '2026-11-27',
    ...overrides,
  };
}

export function sampleMeetingCase(overrides: Partial<MeetingCaseView> = {}): MeetingCaseView {
  return {
    caseId: 3,
    caseNumber: 'R8-0001',
    personName: '山田 太郎',
    personKana: 'やまだ たろう',
    stage: 'support',
    chiefComplaint: '同居の長男が10年ほど家から出ない。',
    position: 1,
    startTime: null,
    endTime: null,
    minutes: '長男への訪問を続ける。\n包括と連携する。',
    agencyReports: '',
    personWishes: '',
    actions: [],
    consentState: 'unconfirmed',
    consentWarning: null,
    decisions: [],
    ...overrides,
  };
}

/** A held 支援会議 of 令和8年11月27日 with three attendees and one case, unless told otherwise. */
export function sampleMeeting(overrides: Partial<MeetingView> = {}): MeetingView {
  const attendees = [
    sampleAttendee(1, {
      staffId: 2,
      name: '相談 一郎',
      affiliation: '地域共生推進課',
      role: 'chair',
    }),
    sampleAttendee(2, {
      agencyId: 7,
      agencyName: '西地域包括支援センター',
      affiliation: '',
      role: 'presenter',
    }),
    sampleAttendee(3, { confidentialityAckOn: null }),
  ];
  const cases = [sampleMeetingCase()];
  return {
    id: 9,
    kind: 'shien',
    kindName: '支援会議',
    title: '11月定例',
    heldOn: '2026-11-27',
    startTime: '14:00',
    endTime: '15:30',
    place: '役場2階 会議室',
    status: 'held',
    caseCount: cases.length,
    attendeeCount: attendees.length,
    nextMeetingOn: '2026-12-25',
    chairStaffId: 2,
    chairStaffName: '相談 一郎',
    chairName: '',
    generalMinutes: '年末の見守り体制を確認した。',
    nextMeetingNote: '',
    attendees,
    cases,
    hiddenCaseCount: 0,
    editable: true,
    ...overrides,
  };
}

/** R8-0001 with its household of two, a plan and two recent notes. */
export function sampleHandoutCase(overrides: Partial<HandoutCase> = {}): HandoutCase {
  const self = samplePerson();
  const son = samplePerson({
    id: 12,
    name: '山田 次郎',
    nameKana: 'やまだ じろう',
    relationship: '長男',
    birthDate: '1980-01-05',
    age: 46,
    careLevel: '',
  });
  return {
    agenda: sampleMeetingCase(),
    detail: sampleCaseDetail({
      agencies: [
        { agencyId: 7, name: '西地域包括支援センター', kind: 'chiiki', phone: '', role: '見守り' },
      ],
    }),
    members: [self, son],
    plan: samplePlan(),
    recentNotes: [
      sampleNote(5, { facts: '五日目の訪問' }),
      sampleNote(2, { facts: '二日目の電話' }),
    ],
    ...overrides,
  };
}

export function sampleHandout(overrides: Partial<MeetingHandoutData> = {}): MeetingHandoutData {
  return { meeting: sampleMeeting(), cases: [sampleHandoutCase()], ...overrides };
}
