import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { supportCase } from '../../../../db/schema';
import { newHouseholdIntake, type CaseWorkFixture } from '../../cases/caseWork.testing';
import { intakeCase } from '../../cases/intakeCase';
import { useImportFixture } from './consultationImport.testing';
import { firstLedgerRow } from './ledgerFixtures.testing';

const { fixture, run, cases } = useImportFixture();
let f: CaseWorkFixture;
beforeEach(() => {
  f = fixture();
});

describe('importing a 相談受付簿: who and when', () => {
  it('matches people already in Kasane by name and 生年月日, or name and phone', async () => {
    const intake = intakeCase(
      f.db,
      f.worker,
      f.clock,
      newHouseholdIntake(f.worker.staffId, {}, { phone: '0123-99-0000' }),
    );
    const { report } = await run([
      { receivedOn: '2025/5/1', name: '山田太郎', birth: 'S50.6.15', complaint: '一件目' },
      { receivedOn: '2025/5/2', name: 'ﾔﾏﾀﾞ ﾀﾛｳ', complaint: '二件目' },
      {
        receivedOn: '2025/5/3',
        name: '山田 太郎',
        phone: '０１２３９９００００',
        complaint: '三件目',
      },
      { receivedOn: '2025/5/4', name: '山田 太郎', birth: '1980/1/1', phone: '0123-99-0000' },
    ]);
    expect(report.counts).toMatchObject({ imported: 4, matchedPersons: 2, newPersons: 2 });
    const imported = cases().filter((c) => c.id !== intake.caseId);
    expect(imported.map((c) => c.personId === intake.personId)).toEqual([true, false, true, false]);
    expect(imported[0]?.householdId).toBe(intake.householdId);
    // Neither 生年月日 nor phone: a new person, said as a warning.
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: firstLedgerRow + 1,
        letter: 'C',
        severity: 'warning',
        message: '生年月日も電話番号もないため同じ人か確かめられません。新しい人物として登録します',
      }),
    ]);
  });

  it('numbers consultations of older 年度 in their own era', async () => {
    await run([{ receivedOn: 'H30.4.1', name: '昔 一郎', birth: 'S30.1.1' }]);
    expect(cases().map((c) => c.caseNumber)).toEqual(['H30-0001']);
  });

  it('does not match a person in a household hidden from the importing worker', async () => {
    const hidden = intakeCase(
      f.db,
      f.otherWorker,
      f.clock,
      newHouseholdIntake(f.otherWorker.staffId),
    );
    f.db
      .update(supportCase)
      .set({ restricted: true })
      .where(eq(supportCase.id, hidden.caseId))
      .run();
    const { report } = await run(
      [{ receivedOn: '2025/5/1', name: '山田 太郎', birth: '1975/6/15' }],
      { actor: f.worker },
    );
    expect(report.counts).toMatchObject({ imported: 1, matchedPersons: 0, newPersons: 1 });
  });
});
