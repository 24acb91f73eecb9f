import type { WriteTx } from '../../../db/database';
import { insertHousehold } from '../../../db/repositories/householdRepository';
import { insertPerson } from '../../../db/repositories/personRepository';
import type { Stamp } from '../../../db/repositories/stamp';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { personValues } from './householdViews';
import { requireVisibleHousehold, requireVisiblePerson } from './visibleRecords';

export type IntakePerson = ParsedInput<'case.intake'>['person'];

/**
 * The 本人 of an intake, inside its transaction: an existing person the actor may see, or a new
 * person in a visible household or in a new one. New records are audited as created.
 */
export function resolveIntakePerson(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  stamp: Stamp,
  subject: IntakePerson,
): { personId: number; householdId: number } {
  switch (subject.mode) {
    case 'existing': {
      const row = requireVisiblePerson(tx, actor, subject.personId);
      return { personId: row.id, householdId: row.householdId };
    }
    case 'newInHousehold': {
      requireVisibleHousehold(tx, actor, subject.householdId);
      const row = insertPerson(tx, subject.householdId, personValues(subject.person), stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'person.create',
        target: { type: 'person', id: row.id },
        detail: { householdId: subject.householdId },
      });
      return { personId: row.id, householdId: subject.householdId };
    }
    case 'newHousehold': {
      const household = insertHousehold(tx, subject.household, stamp);
      const row = insertPerson(tx, household.id, personValues(subject.person), stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'household.create',
        target: { type: 'household', id: household.id },
        detail: { personIds: [row.id] },
      });
      return { personId: row.id, householdId: household.id };
    }
  }
}
