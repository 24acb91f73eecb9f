import type { Page } from '@playwright/test';
import type { Harness } from '../harness/startHarness';
import { apiCall, japanDaysAgo } from './apiCall';

/**
 * A second household for meetings: a mother raising a child alone who also cares for her father
 * (ダブルケア), with an intake for the mother, no consent recorded — made through the API.
 */
export async function createSecondCase(page: Page, harness: Harness) {
  const [staff] = await apiCall(page, harness, 'staff.options', {});
  if (!staff) throw new Error('no staff to receive the intake');
  const household = await apiCall(page, harness, 'household.create', {
    household: { postalCode: '000-0112', address: 'みどり町西町5-1', district: '西圏域' },
    members: [
      {
        name: '佐藤 恵子',
        nameKana: 'さとう けいこ',
        birthDate: '1985-09-20',
        sex: 'female',
        relationship: '本人',
      },
      {
        name: '佐藤 健',
        nameKana: 'さとう けん',
        birthDate: '1950-01-15',
        sex: 'male',
        relationship: '父',
      },
    ],
  });
  const mother = household.members.find((m) => m.name === '佐藤 恵子');
  if (!mother) throw new Error('household.create did not return the mother');
  return apiCall(page, harness, 'case.intake', {
    receivedOn: japanDaysAgo(10),
    receivedBy: staff.id,
    route: 'phone',
    person: { mode: 'existing', personId: mother.id },
    fields: ['child', 'elderly'],
    tags: ['ダブルケア'],
    chiefComplaint: '子育てと父の介護が重なり、仕事を続けられるか不安。',
    urgency: 'normal',
  });
}
