import { withTransaction, type Db } from '../../../db/database';
import {
  findHouseholdById,
  insertHousehold,
  updateHousehold as writeHousehold,
} from '../../../db/repositories/householdRepository';
import { insertPerson } from '../../../db/repositories/personRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { HouseholdDetail } from '../../contract/calls/caseWorkCalls';
import { AppError } from '../../contract/errors';
import type { HouseholdView } from '../../contract/schemas/household';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { householdNotFound } from './caseErrors';
import { changedKeys } from './changedKeys';
import { buildHouseholdDetail } from './householdDetail';
import { birthDateIssues, personValues, toHouseholdView } from './householdViews';
import { todayInJapan } from './japanDate';
import { requireVisibleHousehold } from './visibleRecords';

/** Registers a household with its members, all or nothing. */
export function createHousehold(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'household.create'>,
): HouseholdDetail {
  const today = todayInJapan(clock);
  const issues = input.members.flatMap((member, i) =>
    birthDateIssues(member, today, `members.${i}.birthDate`),
  );
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
  return withTransaction(db, (tx) => {
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    const row = insertHousehold(tx, input.household, stamp);
    const personIds = input.members.map(
      (member) => insertPerson(tx, row.id, personValues(member), stamp).id,
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'household.create',
      target: { type: 'household', id: row.id },
      detail: { personIds },
    });
    return buildHouseholdDetail(tx, actor, row, today);
  });
}

/** Changes the household's address and notes; the audit names the fields changed. */
export function updateHousehold(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'household.update'>,
): HouseholdView {
  return withTransaction(db, (tx) => {
    const before = requireVisibleHousehold(tx, actor, input.id);
    const at = clock.now();
    writeHousehold(tx, input.id, input.household, stampFor(at, actor.staffId));
    appendAudit(tx, {
      at,
      actor,
      action: 'household.update',
      target: { type: 'household', id: input.id },
      detail: { fields: changedKeys(before, input.household) },
    });
    const after = findHouseholdById(tx, input.id);
    if (!after) throw householdNotFound();
    return toHouseholdView(after);
  });
}
