import { sql } from 'drizzle-orm';
import { withTransaction, type Db } from '../../../db/database';
import {
  findPersonById,
  findSamePersonRows,
  insertPerson,
  updatePerson as writePerson,
} from '../../../db/repositories/personRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { person } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { PersonView } from '../../contract/schemas/household';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { kanaKey, nameKey } from '../text/normalize';
import { visibleHouseholdSql } from './caseAccess';
import { personNotFound } from './caseErrors';
import { changedKeys } from './changedKeys';
import { birthDateIssues, personValues, toPersonView } from './householdViews';
import { todayInJapan } from './japanDate';
import { requireVisibleHousehold, requireVisiblePerson } from './visibleRecords';

function refuseFutureBirthDate(
  fields: ParsedInput<'person.create'>['person'],
  today: string,
): void {
  const issues = birthDateIssues(fields, today, 'person.birthDate');
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
}

/** Adds a member to a household the actor may see. */
export function createPerson(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'person.create'>,
): PersonView {
  const today = todayInJapan(clock);
  refuseFutureBirthDate(input.person, today);
  return withTransaction(db, (tx) => {
    requireVisibleHousehold(tx, actor, input.householdId);
    const at = clock.now();
    const row = insertPerson(
      tx,
      input.householdId,
      personValues(input.person),
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'person.create',
      target: { type: 'person', id: row.id },
      detail: { householdId: input.householdId },
    });
    return toPersonView(row, today);
  });
}

/** Changes a person's details (names kept as typed, keys recomputed); the audit names the fields. */
export function updatePerson(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'person.update'>,
): PersonView {
  const today = todayInJapan(clock);
  refuseFutureBirthDate(input.person, today);
  return withTransaction(db, (tx) => {
    const before = requireVisiblePerson(tx, actor, input.id);
    const at = clock.now();
    writePerson(tx, input.id, personValues(input.person), stampFor(at, actor.staffId));
    appendAudit(tx, {
      at,
      actor,
      action: 'person.update',
      target: { type: 'person', id: input.id },
      detail: { fields: changedKeys(before, input.person) },
    });
    const after = findPersonById(tx, input.id);
    if (!after) throw personNotFound();
    return toPersonView(after, today);
  });
}

/** One person the actor may see, with the age today; audited as a view of that person. */
export function getPerson(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'person.get'>,
): PersonView {
  const row = requireVisiblePerson(db, actor, input.id);
  withTransaction(db, (tx) => {
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'person.view',
      target: { type: 'person', id: row.id },
      detail: { householdId: row.householdId },
    });
  });
  return toPersonView(row, todayInJapan(clock));
}

/**
 * Persons already registered who may be this one, in households the actor may see: the same 氏名
 * compared by name key (spaces, widths, kana script and kanji variants such as 髙/高 or 邊/辺 do
 * not matter) and, when given, the same 生年月日; or the same 生年月日 and ふりがな (斎藤 and 斉藤,
 * both サイトウ). Showing them is a view of those persons, so a non-empty answer is audited.
 */
export function findSamePersons(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'person.findSame'>,
): PersonView[] {
  const rows = findSamePersonRows(
    db,
    { nameKey: nameKey(input.name), kanaKey: kanaKey(input.nameKana), birthDate: input.birthDate },
    visibleHouseholdSql(actor, sql`${person.householdId}`),
  );
  if (rows.length > 0) {
    withTransaction(db, (tx) => {
      appendAudit(tx, {
        at: clock.now(),
        actor,
        action: 'person.findSame',
        detail: { personIds: rows.map((r) => r.id) },
      });
    });
  }
  const today = todayInJapan(clock);
  return rows.map((row) => toPersonView(row, today));
}
