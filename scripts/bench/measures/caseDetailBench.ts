import { caseGetInput, noteCreateInput } from '../../../electron/contract/schemas/caseWork';
import { getCase } from '../../../electron/services/cases/caseDetail';
import { createNote } from '../../../electron/services/cases/noteService';
import type { Measure } from '../benchContext';
import { cycle, timeSync } from '../timing';

function caseIds(sqlite: Parameters<Measure>[0]['sqlite']): number[] {
  return sqlite
    .prepare(`SELECT id FROM support_case WHERE restricted = 0 AND id % 211 = 0 LIMIT 100`)
    .pluck()
    .all() as number[];
}

/** case detail: opening a case (the audited view) with its consents, agencies and every note. */
export const caseDetailBench: Measure = ({ db, sqlite, actor, clock }) => {
  const ids = caseIds(sqlite).map((id) => caseGetInput.parse({ id }));
  const timing = timeSync(200, (i) => {
    getCase(db, actor, clock, cycle(ids, i));
  });
  return [
    {
      id: 'caseDetail',
      label: 'ケース詳細（経過記録を含む、閲覧の監査記録つき）',
      timing,
      value: timing.p95Ms,
      unit: 'ms',
      budget: 20,
    },
  ];
};

/** saving one progress note: one transaction with the audit row, synchronous=FULL. */
export const noteSaveBench: Measure = ({ db, sqlite, actor, clock }) => {
  const ids = caseIds(sqlite);
  const timing = timeSync(200, (i) => {
    const input = noteCreateInput.parse({
      caseId: cycle(ids, i),
      occurredAt: '2026-11-20T10:00',
      means: 'phone',
      facts: `ベンチマークの記録 ${i}。本人より電話あり、体調は安定しているとのこと。`,
    });
    createNote(db, actor, clock, input);
  });
  return [
    {
      id: 'noteSave',
      label: '経過記録1件の保存（synchronous=FULL、監査つき）',
      timing,
      value: timing.p95Ms,
      unit: 'ms',
      budget: 10,
    },
  ];
};
