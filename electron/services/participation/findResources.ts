import { and, asc, eq, notInArray } from 'drizzle-orm';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findHouseholdById } from '../../../db/repositories/householdRepository';
import { resourceRows } from '../../../db/repositories/resourceRepository';
import { fieldsOfCases } from '../../../db/repositories/supportCaseRepository';
import { resource, supportCase, type PersonRow, type SupportCaseRow } from '../../../db/schema';
import { fields as fieldCodes, type Field } from '../../contract/caseCodes';
import type { ResourceFindResult } from '../../contract/schemas/participation';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { canSeeCase } from '../cases/caseAccess';
import { invalidField } from '../cases/caseErrors';
import { ageOn, todayInJapan } from '../cases/japanDate';
import { requireVisibleCase, requireVisiblePerson } from '../cases/visibleRecords';
import type { Clock } from '../clock';
import { rankResources } from './resourceFit';
import { toResourceView } from './resourceViews';

/**
 * The cases whose 相談分野 describe the person's needs: the case 資源を探す was opened from (a
 * household member may be matched under the household's case), else the person's own open ones.
 */
function casesFor(db: ReadDb, actor: Actor, person: PersonRow, caseId: number | null): number[] {
  if (caseId !== null) {
    const row = requireVisibleCase(db, actor, caseId);
    if (row.householdId !== person.householdId) {
      throw invalidField('caseId', 'この人物の世帯のケースを選んでください');
    }
    return [row.id];
  }
  return db
    .select()
    .from(supportCase)
    .where(
      and(
        eq(supportCase.personId, person.id),
        notInArray(supportCase.stage, ['closed', 'suspended']),
      ),
    )
    .orderBy(asc(supportCase.id))
    .all()
    .filter((row: SupportCaseRow) => canSeeCase(actor, row))
    .map((row) => row.id);
}

/**
 * 資源を探す for one person: every active resource, ranked by fit to the person's 満年齢, the
 * case's 相談分野, the household's 地区・圏域 and the resource's room, each with its reasons.
 * It reads the person's data, so it is audited as a view of the person.
 */
export function findResources(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'resource.find'>,
): ResourceFindResult {
  return withTransaction(db, (tx) => {
    const person = requireVisiblePerson(tx, actor, input.personId);
    const caseIds = casesFor(tx, actor, person, input.caseId);
    const byCase = fieldsOfCases(tx, caseIds);
    const wanted = new Set<Field>(caseIds.flatMap((id) => byCase.get(id) ?? []));
    const fields = fieldCodes.codes.filter((field) => wanted.has(field));
    const district = findHouseholdById(tx, person.householdId)?.district ?? '';
    const age = ageOn(person.birthDate, todayInJapan(clock));
    const active = resourceRows(tx, eq(resource.active, true)).map(toResourceView);
    appendAudit(tx, {
      at: clock.now(),
      actor,
      action: 'resource.find',
      target: { type: 'person', id: person.id },
      detail: { caseId: input.caseId },
    });
    return {
      personName: person.name,
      age,
      district,
      fields,
      resources: rankResources({ age, district, fields }, active),
    };
  });
}
