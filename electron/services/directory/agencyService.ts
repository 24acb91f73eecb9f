import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import {
  findAgencyById,
  insertAgency,
  listAgencyRows,
  updateAgency as writeAgency,
} from '../../../db/repositories/agencyRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { AgencyRow } from '../../../db/schema';
import type { AgencyView } from '../../contract/schemas/directory';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { agencyNotFound } from '../cases/caseErrors';
import { changedKeys } from '../cases/changedKeys';
import type { Clock } from '../clock';
import { nameKey } from '../text/normalize';
import { sortByAgencyKind } from './agencyOrder';

function toAgencyView(row: AgencyRow): AgencyView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    contactPerson: row.contactPerson,
    phone: row.phone,
    address: row.address,
    shienMeetingMember: row.shienMeetingMember,
    active: row.active,
    memo: row.memo,
  };
}

/** The 関係機関 directory by kind, then name; retired agencies only when asked for. */
export function listAgencies(db: ReadDb, input: ParsedInput<'agency.list'>): AgencyView[] {
  return sortByAgencyKind(listAgencyRows(db, input.includeInactive)).map(toAgencyView);
}

/** Adds an agency to the directory. */
export function createAgency(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'agency.create'>,
): AgencyView {
  return withTransaction(db, (tx) => {
    const at = clock.now();
    const row = insertAgency(
      tx,
      { ...input.agency, nameKey: nameKey(input.agency.name) },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, { at, actor, action: 'agency.create', target: { type: 'agency', id: row.id } });
    return toAgencyView(row);
  });
}

/** Changes an agency's entry (retiring it is `active: false`; cases keep their links). */
export function updateAgency(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'agency.update'>,
): AgencyView {
  return withTransaction(db, (tx) => {
    const before = findAgencyById(tx, input.id);
    if (!before) throw agencyNotFound();
    const at = clock.now();
    writeAgency(
      tx,
      input.id,
      { ...input.agency, nameKey: nameKey(input.agency.name) },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'agency.update',
      target: { type: 'agency', id: input.id },
      detail: { fields: changedKeys(before, input.agency) },
    });
    const after = findAgencyById(tx, input.id);
    if (!after) throw agencyNotFound();
    return toAgencyView(after);
  });
}
