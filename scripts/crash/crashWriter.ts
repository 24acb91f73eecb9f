import fs from 'node:fs';
import readline from 'node:readline';
import { openDatabase } from '../../db/open';
import { findStaffById } from '../../db/repositories/staffRepository';
import { caseIntakeInput } from '../../electron/contract/schemas/caseWork';
import { householdCreateInput } from '../../electron/contract/schemas/household';
import { planConfirmInput, planCreateInput } from '../../electron/contract/schemas/plan';
import { intakeCase } from '../../electron/services/cases/intakeCase';
import { todayInJapan } from '../../electron/services/cases/japanDate';
import { createHousehold } from '../../electron/services/cases/householdService';
import { systemClock } from '../../electron/services/clock';
import { confirmPlan } from '../../electron/services/plans/confirmPlan';
import { createPlan } from '../../electron/services/plans/planDraft';

// The child of the crash test: opens the database when told "go" on stdin, says "ready", then
// writes for ever — a case intake, a 12-member household (an import-sized transaction), a
// plan made and confirmed — reporting each commit on stdout, until the parent kills it with
// SIGKILL. It must never be run on real data.

const [databasePath, keyHex, migrationsFolder, first = '0'] = process.argv.slice(2);
if (!databasePath || !keyHex || !migrationsFolder)
  throw new Error('usage: db keyHex migrations [first]');

const say = (line: string) => fs.writeSync(1, `${line}\n`);

function run(): void {
  const opened = openDatabase({
    path: databasePath ?? '',
    key: Buffer.from(keyHex ?? '', 'hex'),
    migrationsFolder,
  });
  const row = findStaffById(opened.db, 1);
  if (!row) throw new Error('no staff 1');
  const actor = { staffId: row.id, login: row.login, displayName: row.displayName, role: row.role };
  const clock = systemClock;
  const today = todayInJapan(clock);
  say('ready');
  // Each writer starts with a different kind of transaction, so kills hit all three.
  for (let n = Number(first); ; n += 1) {
    const kind = n % 3;
    if (kind === 0) {
      const made = intakeCase(opened.db, actor, clock, intake(actor.staffId, today, n));
      say(`intake ${made.caseId}`);
    } else if (kind === 1) {
      const made = createHousehold(opened.db, actor, clock, bulkHousehold(n));
      say(`household ${made.household.id}`);
    } else {
      const target = intakeCase(opened.db, actor, clock, intake(actor.staffId, today, n));
      say(`intake ${target.caseId}`);
      const plan = createPlan(opened.db, actor, clock, planFor(target.caseId, today));
      confirmPlan(opened.db, actor, clock, planConfirmInput.parse({ id: plan.id }));
      say(`plan ${plan.id}`);
    }
  }
}

function intake(staffId: number, today: string, n: number) {
  return caseIntakeInput.parse({
    receivedOn: today,
    receivedBy: staffId,
    route: 'phone',
    person: {
      mode: 'newHousehold',
      household: { address: `みどり町${n}番地`, district: '東圏域' },
      person: { name: `試験 ${n}`, nameKana: 'しけん' },
    },
    fields: ['elderly', 'poverty'],
    tags: ['8050問題'],
    chiefComplaint: '介護と生活費について'.repeat(20),
  });
}

function bulkHousehold(n: number) {
  return householdCreateInput.parse({
    household: { address: `取込町${n}`, memo: 'crash-bulk' },
    members: Array.from({ length: 12 }, (_, i) => ({
      name: `取込 ${n}-${i}`,
      nameKana: 'とりこみ',
      relationship: i === 0 ? '本人' : 'その他',
    })),
  });
}

function planFor(caseId: number, today: string) {
  return planCreateInput.parse({
    caseId,
    createdOn: today,
    periodFrom: today,
    personWishes: '落ち着いて暮らしたい',
    issues: [{ issue: '生活費', background: '' }],
    goals: [{ kind: 'short', text: '家計を立て直す' }],
    rows: [{ issue: '生活費', content: '家計相談', frequency: '月1回' }],
  });
}

const input = readline.createInterface({ input: process.stdin });
input.once('line', () => {
  input.close();
  run();
});
