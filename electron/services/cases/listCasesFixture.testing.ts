import { withTransaction } from '../../../db/database';
import {
  buildCase,
  buildConsent,
  buildHousehold,
  buildPerson,
  buildPersonWithCase,
  buildStaff,
  type CaseSpec,
} from '../../../db/testing/caseBuilders';
import { createTestDb } from '../../../db/testing/createTestDb';

type Spec = Omit<CaseSpec, 'personId' | 'householdId'>;

/**
 * Eight cases with one of everything the list filters on, named A…S so tests read as the table
 * below. R is restricted (DV) with w1 as 主担当 and w3 as 副担当; S shares R's household, so an
 * unassigned worker (w2, viewer) must see neither.
 */
export function setUpCaseList() {
  const testDb = createTestDb();
  const fixture = withTransaction(testDb.db, (tx) => {
    const admin = buildStaff(tx, 'kanri', 'admin');
    const w1 = buildStaff(tx, 'w1', 'worker');
    const w2 = buildStaff(tx, 'w2', 'worker');
    const w3 = buildStaff(tx, 'w3', 'worker');
    const viewer = buildStaff(tx, 'viewer', 'viewer');
    const add = (name: string, spec: Spec) => buildPersonWithCase(tx, { name }, spec);
    const specs: Record<string, Spec> = {
      D: {
        receivedOn: '2026-03-15',
        stage: 'closed',
        mainStaffId: w1.staffId,
        fields: ['poverty'],
      },
      A: {
        receivedOn: '2026-04-05',
        stage: 'intake',
        mainStaffId: w1.staffId,
        fields: ['elderly'],
        tags: ['8050問題'],
      },
      B: {
        receivedOn: '2026-04-20',
        stage: 'assessment',
        mainStaffId: w2.staffId,
        subStaffId: w1.staffId,
        fields: ['child', 'poverty'],
        tags: ['ヤングケアラー'],
        coordination: true,
      },
      C: {
        receivedOn: '2026-05-10',
        stage: 'support',
        mainStaffId: w2.staffId,
        fields: ['disability'],
        tags: ['ひきこもり', '8050問題'],
        coordination: true,
      },
      E: { receivedOn: '2026-06-01', stage: 'suspended' },
      F: { receivedOn: '2026-06-01', stage: 'monitoring' },
    };
    const cases: Record<string, { personId: number; caseId: number; caseNumber: string }> = {};
    for (const [label, spec] of Object.entries(specs)) cases[label] = add(`本人 ${label}`, spec);

    const hidden = buildHousehold(tx, '非公開');
    const victim = buildPerson(tx, { householdId: hidden, name: '本人 R' });
    const sibling = buildPerson(tx, { householdId: hidden, name: '本人 S' });
    const r = buildCase(tx, {
      personId: victim.id,
      householdId: hidden,
      receivedOn: '2026-05-20',
      stage: 'planning',
      restricted: true,
      mainStaffId: w1.staffId,
      subStaffId: w3.staffId,
    });
    const s = buildCase(tx, {
      personId: sibling.id,
      householdId: hidden,
      receivedOn: '2026-05-21',
    });
    cases.R = { personId: victim.id, caseId: r.id, caseNumber: r.caseNumber };
    cases.S = { personId: sibling.id, caseId: s.id, caseNumber: s.caseNumber };

    const consent = (
      label: string,
      kind: 'infoSharing' | 'application',
      state: 'given' | 'refused' | 'withdrawn' | 'unconfirmed',
      recordedOn: string,
    ) => {
      const c = cases[label]!;
      buildConsent(tx, { caseId: c.caseId, personId: c.personId, kind, state, recordedOn });
    };
    // A: given, later withdrawn; a given dated earlier but entered last does not undo the 撤回.
    consent('A', 'infoSharing', 'given', '2026-04-06');
    consent('A', 'infoSharing', 'withdrawn', '2026-05-01');
    consent('A', 'infoSharing', 'given', '2026-04-01');
    consent('B', 'infoSharing', 'given', '2026-04-21');
    // B, 相談申込: two records on one day; the later entry (higher id) is the current one.
    consent('B', 'application', 'given', '2026-04-21');
    consent('B', 'application', 'refused', '2026-04-21');
    consent('C', 'infoSharing', 'unconfirmed', '2026-05-11');
    return { staff: { admin, w1, w2, w3, viewer }, cases };
  });
  const idOf = (label: string): number => fixture.cases[label]!.caseId;
  return { ...testDb, ...fixture, idOf };
}
