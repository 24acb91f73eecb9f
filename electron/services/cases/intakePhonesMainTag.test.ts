import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntakeInput, caseUpdateInput } from '../../contract/schemas/caseWork';
import { personUpdateInput } from '../../contract/schemas/household';
import { searchAll } from '../search/searchAll';
import { getCase } from './caseDetail';
import {
  newHouseholdIntake,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from './caseWork.testing';
import { intakeCase } from './intakeCase';
import { updatePerson } from './personService';
import { updateCase } from './updateCase';

let f: CaseWorkFixture;
beforeAll(() => {
  f = setUpCaseWork();
  f.clock.set('2026-04-02T01:00:00.000Z');
});
afterAll(() => f.cleanup());

describe('相談受付: 主な課題 and 来談者の電話', () => {
  it('keeps the 主な課題 and the visitor phone, and shows them on the case', () => {
    const created = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, {
        visitorName: '山田 花子',
        visitorRelation: '長女',
        visitorPhone: '080-2345-6789',
        tags: ['8050問題', '生活困窮'],
        mainTag: '生活困窮',
      }),
    );
    const detail = getCase(f.db, f.worker, f.clock, { id: created.caseId });
    expect(detail).toMatchObject({ visitorPhone: '080-2345-6789', mainTag: '生活困窮' });
  });

  it('refuses a 主な課題 that is not one of the chosen 課題', () => {
    const parsed = caseIntakeInput.safeParse({
      ...newHouseholdIntake(f.worker.staffId),
      tags: ['8050問題'],
      mainTag: '債務',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['mainTag'],
      message: '主な課題は選んだ課題の中から選んでください',
    });
  });

  it('on the case screen: changes it, refuses a tag the case lacks, clears it when its tag goes', () => {
    const { caseId } = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, { tags: ['8050問題', '生活困窮'], mainTag: '8050問題' }),
    );
    const update = (input: object) =>
      updateCase(f.db, f.worker, f.clock, caseUpdateInput.parse({ id: caseId, ...input }));
    expect(update({ mainTag: '生活困窮' }).mainTag).toBe('生活困窮');
    expect(refusal(() => update({ mainTag: '債務' }))).toMatchObject({
      code: 'VALIDATION',
      paths: ['mainTag'],
    });
    // A new tag and its 主な課題 in one change.
    expect(update({ tags: ['生活困窮', '債務'], mainTag: '債務' }).mainTag).toBe('債務');
    // Removing the tag that was the 主な課題 leaves none chosen.
    expect(update({ tags: ['生活困窮'] })).toMatchObject({ tags: ['生活困窮'], mainTag: '' });
  });
});

describe('電話 自宅 / 携帯', () => {
  it('keeps both numbers and finds the person by either', () => {
    const { caseId, personId } = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, {}, { name: '電話 二郎', nameKana: 'でんわ じろう' }),
    );
    updatePerson(
      f.db,
      f.worker,
      f.clock,
      personUpdateInput.parse({
        id: personId,
        person: { name: '電話 二郎', phone: '0123-45-9876', mobilePhone: '090-8765-4321' },
      }),
    );
    expect(getCase(f.db, f.worker, f.clock, { id: caseId }).person).toMatchObject({
      phone: '0123-45-9876',
      mobilePhone: '090-8765-4321',
    });
    for (const q of ['0123459876', '090-8765-4321', '８７６５４３２１', '4321']) {
      const hits = searchAll(f.db, f.worker, { q, limit: 10 }).persons;
      expect(
        hits.map((h) => h.id),
        q,
      ).toContain(personId);
    }
    expect(searchAll(f.db, f.worker, { q: '09087654321', limit: 10 }).persons[0]).toMatchObject({
      id: personId,
      phone: '0123-45-9876',
      mobilePhone: '090-8765-4321',
    });
  });
});
