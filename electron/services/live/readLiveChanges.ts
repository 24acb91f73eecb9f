import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database';
import type { LiveChange } from '../../contract/schemas/liveChange';
import type { Actor } from '../audit/actor';
import { canSeeCase } from '../cases/caseAccess';
import { liveChangeKind } from './liveChangeKinds';

/** Who may be told of a change: the 閲覧制限 of its case, and of every case of its household. */
export type ChangeGuard = {
  /** The changed record's case (null when it belongs to none). */
  caseRow: { restricted: boolean; mainStaffId: number | null; subStaffId: number | null } | null;
  /** The restricted cases of its household: whoever may not see one may not see the household. */
  restrictedInHousehold: Array<{ mainStaffId: number | null; subStaffId: number | null }>;
};

/** A change as the server holds it: what is sent, who made it, and who may be told. */
export type PublishedChange = {
  change: LiveChange;
  actorStaffId: number | null;
  guard: ChangeGuard;
};

type Owner = { caseId: number | null; householdId: number | null };

/** At most this many audit rows are read per look; the rest wait for the next one. */
const rowsPerRead = 500;

/** The newest audit row's id: where a feed starts (nothing before it is news). */
export function lastAuditId(db: Db): number {
  return db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM audit_log`).id ?? 0;
}

/**
 * The changes committed since audit row `afterId`, read from the audit log (every write records
 * its target there, in its own transaction, so what is read here is committed). Each change
 * names its record, case and household, and carries the 閲覧制限 of both as they are now.
 */
export function readLiveChanges(
  db: Db,
  afterId: number,
): { changes: PublishedChange[]; lastId: number } {
  const rows = db.all<{
    id: number;
    action: string;
    actorStaffId: number | null;
    targetType: string | null;
    targetId: string | null;
    detail: string;
  }>(sql`SELECT id, action, actor_staff_id AS actorStaffId, target_type AS targetType,
      target_id AS targetId, detail FROM audit_log WHERE id > ${afterId} ORDER BY id LIMIT ${rowsPerRead}`);
  const changes: PublishedChange[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const entity = liveChangeKind(row.action);
    if (entity === null) continue;
    const id = row.targetId !== null && /^\d+$/.test(row.targetId) ? Number(row.targetId) : null;
    const { owner, caseRow } = ownerOf(db, row.targetType, id, row.detail);
    const change: LiveChange = { entity, id, ...owner };
    // One change per record and author in a batch: an import's thousand rows are one message each.
    const key = `${JSON.stringify(change)}:${row.actorStaffId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ change, actorStaffId: row.actorStaffId, guard: guardOf(db, owner, caseRow) });
  }
  return { changes, lastId: rows.at(-1)?.id ?? afterId };
}

/** Whether `actor` may learn of this change: 管理者 always; others only of what they may see. */
export function mayReceive(actor: Actor, guard: ChangeGuard): boolean {
  if (actor.role === 'admin') return true;
  if (guard.caseRow && !canSeeCase(actor, guard.caseRow)) return false;
  return guard.restrictedInHousehold.every(
    (hidden) => hidden.mainStaffId === actor.staffId || hidden.subStaffId === actor.staffId,
  );
}

type CaseRow = NonNullable<ChangeGuard['caseRow']>;

/**
 * The case and household a changed record belongs to, and that case's row (read once: its
 * household completes the owner, its 閲覧制限 and staff make the guard).
 */
function ownerOf(
  db: Db,
  targetType: string | null,
  id: number | null,
  detail: string,
): { owner: Owner; caseRow: CaseRow | null } {
  const owner = id === null ? null : ownerByTarget(db, targetType, id);
  const caseId = owner?.caseId ?? caseIdInDetail(detail);
  const row =
    caseId === null
      ? undefined
      : db.get<
          | {
              householdId: number | null;
              restricted: number;
              mainStaffId: number | null;
              subStaffId: number | null;
            }
          | undefined
        >(
          sql`SELECT household_id AS householdId, restricted, main_staff_id AS mainStaffId,
            sub_staff_id AS subStaffId FROM support_case WHERE id = ${caseId}`,
        );
  return {
    owner: { caseId, householdId: owner?.householdId ?? row?.householdId ?? null },
    caseRow: row
      ? {
          restricted: row.restricted === 1,
          mainStaffId: row.mainStaffId,
          subStaffId: row.subStaffId,
        }
      : null,
  };
}

function ownerByTarget(db: Db, targetType: string | null, id: number): Owner | null {
  switch (targetType) {
    case 'case':
      return { caseId: id, householdId: null };
    case 'household':
      return { caseId: null, householdId: id };
    case 'person':
      return owned(
        db,
        sql`SELECT NULL AS caseId, household_id AS householdId FROM person WHERE id = ${id}`,
      );
    case 'note':
      return owned(
        db,
        sql`SELECT case_id AS caseId, NULL AS householdId FROM progress_note WHERE id = ${id}`,
      );
    case 'consent':
      return owned(
        db,
        sql`SELECT case_id AS caseId, NULL AS householdId FROM consent WHERE id = ${id}`,
      );
    case 'plan':
      return owned(
        db,
        sql`SELECT case_id AS caseId, NULL AS householdId FROM support_plan WHERE id = ${id}`,
      );
    case 'match':
      return owned(
        db,
        sql`SELECT m.case_id AS caseId, p.household_id AS householdId FROM participation_match m
          JOIN person p ON p.id = m.person_id WHERE m.id = ${id}`,
      );
    case 'outreach':
      return owned(
        db,
        sql`SELECT o.case_id AS caseId, p.household_id AS householdId FROM outreach_target o
          LEFT JOIN person p ON p.id = o.person_id WHERE o.id = ${id}`,
      );
    default:
      return null;
  }
}

function owned(db: Db, query: ReturnType<typeof sql>): Owner | null {
  return db.get<Owner | undefined>(query) ?? null;
}

/** A meeting's agenda row names its case in the detail (`caseId`). */
function caseIdInDetail(detail: string): number | null {
  try {
    const parsed = JSON.parse(detail) as { caseId?: unknown };
    return typeof parsed.caseId === 'number' && Number.isInteger(parsed.caseId)
      ? parsed.caseId
      : null;
  } catch {
    return null;
  }
}

function guardOf(db: Db, owner: Owner, caseRow: CaseRow | null): ChangeGuard {
  const restrictedInHousehold =
    owner.householdId === null
      ? []
      : db.all<{ mainStaffId: number | null; subStaffId: number | null }>(
          sql`SELECT main_staff_id AS mainStaffId, sub_staff_id AS subStaffId FROM support_case
            WHERE household_id = ${owner.householdId} AND restricted = 1`,
        );
  return { caseRow, restrictedInHousehold };
}
