import type { DailyRecord } from '../../../contract/schemas/dailyRecord';

/** A day of 相談 一郎 with one of each record, a restricted case among them. */
export function sampleDailyRecord(overrides: Partial<DailyRecord> = {}): DailyRecord {
  return {
    date: '2026-12-08',
    staffId: 2,
    staffName: '相談 一郎',
    notes: [
      {
        id: 10,
        caseId: 3,
        caseNumber: 'R8-0003',
        personName: '山田 太郎',
        time: '09:30',
        means: 'phone',
        counterpart: '長女',
        staffName: '相談 一郎',
        facts: '長女から電話。父の様子を聞いた。',
        assessment: '長女の負担が大きい。',
        nextAction: '地域包括に連絡する',
        nextActionOn: '2026-12-10',
        minutes: 15,
        restricted: false,
      },
      {
        id: 11,
        caseId: 4,
        caseNumber: 'R8-0004',
        personName: '秘匿 さくら',
        time: '14:00',
        means: 'visitOffice',
        counterpart: '本人',
        staffName: '相談 一郎',
        facts: '来所。今後の住まいについて相談。',
        assessment: '',
        nextAction: '',
        nextActionOn: null,
        minutes: 60,
        restricted: true,
      },
    ],
    intakes: [
      {
        caseId: 5,
        caseNumber: 'R8-0005',
        personName: '川上 一夫',
        receivedByName: '相談 一郎',
        route: 'phone',
        fields: ['elderly', 'poverty'],
        urgency: 'high',
        chiefComplaint: '母の介護と家賃の滞納。',
        restricted: false,
      },
    ],
    contacts: [
      {
        id: 7,
        targetId: 2,
        targetName: '駅前アパートの男性',
        method: 'visit',
        result: 'absent',
        staffName: '相談 一郎',
        note: '不在。手紙を置いた。',
      },
    ],
    meetings: [
      {
        id: 9,
        kind: 'case',
        kindName: 'ケース会議',
        title: '12月ケース会議',
        startTime: '15:00',
        endTime: '16:00',
        place: '役場2階 会議室',
        status: 'held',
        chairName: '管理 花子',
        caseCount: 3,
      },
    ],
    ...overrides,
  };
}
