import type { Page } from '@playwright/test';
import type { Harness } from '../harness/startHarness';
import { apiCall, japanDaysAgo } from './apiCall';

/**
 * A household of two (an elderly father and his son, 8050), an intake for the father, and two
 * agencies in the directory — made through the API so a test of the case screen needs no
 * other screen.
 */
export async function createCaseWithAgencies(page: Page, harness: Harness) {
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  if (!staff) throw new Error('no staff to receive the intake');
  const household = await apiCall(page, harness, 'household.create', {
    household: { postalCode: '123-4567', address: 'みどり町本町2-14-3', district: '東圏域' },
    members: [
      {
        name: '山田 太郎',
        nameKana: 'やまだ たろう',
        birthDate: '1944-06-12',
        sex: 'male',
        relationship: '本人',
        phone: '0123-45-6789',
      },
      {
        name: '山田 一郎',
        nameKana: 'やまだ いちろう',
        birthDate: '1976-02-03',
        sex: 'male',
        relationship: '長男',
      },
    ],
  });
  const father = household.members.find((m) => m.name === '山田 太郎');
  if (!father) throw new Error('household.create did not return the father');
  const intake = await apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(20),
    receivedBy: staff.id,
    route: 'counter',
    person: { mode: 'existing', personId: father.id },
    fields: ['elderly', 'poverty'],
    tags: ['8050問題', 'ひきこもり'],
    chiefComplaint: '同居の長男が10年ほど家から出ない。自分の年金だけで暮らしが苦しい。',
    urgency: 'high',
  });
  const houkatsu = await apiCall(page, harness, 'agency.create', {
    agency: {
      name: 'みどり町地域包括支援センター',
      kind: 'houkatsu',
      contactPerson: '佐藤 一郎',
      phone: '0123-45-1111',
      shienMeetingMember: true,
    },
  });
  const selfReliance = await apiCall(page, harness, 'agency.create', {
    agency: {
      name: 'みどり町自立相談支援センター',
      kind: 'selfReliance',
      contactPerson: '鈴木 花',
      phone: '0123-45-2222',
      shienMeetingMember: true,
    },
  });
  return { staff, household, intake, agencies: { houkatsu, selfReliance } };
}
