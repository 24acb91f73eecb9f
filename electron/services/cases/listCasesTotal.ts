import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { supportCase } from '../../../db/schema';
import { stages, type Stage } from '../../contract/caseCodes';
import type { Actor } from '../audit/actor';
import { visibleCaseCondition, visibleHouseholdSql } from './caseAccess';
import { filterConditions, stagesShown, type CaseListInput } from './listCasesFilters';

export type ListCount = {
  /** Cases matching the filters that the actor may see. */
  total: number;
  /**
   * The shown stages holding a matching case (seen by the actor or not), when the counters tell;
   * null when they do not. A page leaves the other stages out of its walk.
   */
  stagesWithMatches: Stage[] | null;
};

/**
 * How many cases matching the list's filters the actor may see: the case rule of 閲覧制限 and
 * the household rule (a household holding a restricted case the actor may not see hides its
 * other cases too, as the case screen does).
 *
 * Counted as (cases passing the case rule) − (those of them in hidden households). Checking the
 * household rule on every counted row costs a probe per row (+8 ms at 100k cases); the hidden
 * households are found instead from the few restricted cases, and only their cases are counted.
 */
export function countVisibleCases(db: ReadDb, actor: Actor, input: CaseListInput): ListCount {
  const counted = countFromCounters(db, actor, input) ?? {
    total: countByIndex(db, actor, input),
    stagesWithMatches: null,
  };
  if (actor.role === 'admin' || counted.total === 0) return counted;
  // Only a household with a restricted case can be hidden; visibleHouseholdSql decides which are.
  // CROSS JOIN keeps that small set as the outer loop (SQLite does not reorder a CROSS JOIN).
  const hidden = db.get<{ n: number }>(sql`SELECT count(*) AS n
    FROM (SELECT DISTINCT r.household_id AS household_id
      FROM ${supportCase} r WHERE r.restricted = 1) candidate
    CROSS JOIN ${supportCase} ON ${supportCase.householdId} = candidate.household_id
    WHERE NOT (${visibleHouseholdSql(actor, sql`candidate.household_id`)})
      AND ${and(...filterConditions(input, 'probe'), visibleCaseCondition(actor))}`);
  return { ...counted, total: counted.total - hidden.n };
}

/** Rows of a counter table (per stage and restriction) to sum, less those of `minus`. */
type Counter = { table: SQL; where: SQL; minus?: Counter };

/**
 * The counter answering a list's filters, when one does: the list's stages with at most one of
 * 分野, 課題 or 同意 (kept by triggers, migrations 0004 and 0010). 未確認 is every case less
 * those with another current state of the kind.
 */
function counterFor(input: CaseListInput): Counter | null {
  const others = [input.staffId, input.coordination, input.receivedFrom, input.receivedTo];
  const members = [input.field, input.tag, input.consent].filter((value) => value !== undefined);
  if (others.some((value) => value !== undefined) || members.length > 1) return null;
  if (input.field !== undefined) {
    return { table: sql`case_field_count`, where: sql`field = ${input.field}` };
  }
  if (input.tag !== undefined) {
    return { table: sql`case_tag_count`, where: sql`tag = ${input.tag}` };
  }
  const cases: Counter = { table: sql`case_stage_count`, where: sql`1` };
  if (input.consent === undefined) return cases;
  const { kind, state } = input.consent;
  const consents = sql`case_consent_count`;
  if (state !== 'unconfirmed') {
    return { table: consents, where: sql`kind = ${kind} AND state = ${state}` };
  }
  return { ...cases, minus: { table: consents, where: sql`kind = ${kind} AND state <> ${state}` } };
}

/**
 * Cases of the shown stages passing the filters and the case rule, from the counters. The case
 * rule never hides an unrestricted case, so those are summed; the few restricted ones are counted
 * against the rule for this actor. Null when no counter answers these filters.
 */
function countFromCounters(db: ReadDb, actor: Actor, input: CaseListInput): ListCount | null {
  const counter = counterFor(input);
  if (!counter) return null;
  const shown = stagesShown(input) ?? stages.codes;
  const rows = counterRows(db, counter, shown);
  const stagesWithMatches = shown.filter((stage) => rows.some((r) => r.stage === stage && r.n > 0));
  const sum = (picked: CounterRow[]) => picked.reduce((total, row) => total + row.n, 0);
  if (actor.role === 'admin') return { total: sum(rows), stagesWithMatches };
  // Read from the small partial index of restricted cases (support_case_restricted_household):
  // `restricted = 1` is a literal so SQLite may use it; 'probe' keeps stage off the stage index.
  const restricted = db
    .select({ n: count() })
    .from(supportCase)
    .where(
      and(
        sql`${supportCase.restricted} = 1`,
        ...filterConditions(input, 'probe'),
        visibleCaseCondition(actor),
      ),
    )
    .get();
  const unrestricted = sum(rows.filter((row) => row.restricted === 0));
  return { total: unrestricted + (restricted?.n ?? 0), stagesWithMatches };
}

type CounterRow = { stage: Stage; restricted: number; n: number };

/** A counter's numbers per shown stage and restriction, less those of its `minus`. */
function counterRows(db: ReadDb, counter: Counter, shown: readonly Stage[]): CounterRow[] {
  const rows = db.all<CounterRow>(sql`SELECT stage, restricted, sum(n) AS n FROM ${counter.table}
    WHERE stage IN (${stageList(shown)}) AND ${counter.where} GROUP BY stage, restricted`);
  if (!counter.minus) return rows;
  const less = counterRows(db, counter.minus, shown);
  return rows.map((row) => {
    const other = less.find((l) => l.stage === row.stage && l.restricted === row.restricted);
    return { ...row, n: row.n - (other?.n ?? 0) };
  });
}

/** How many cases the shown stages hold, restricted or not: what a page's filters pick from. */
export function casesInStages(db: ReadDb, input: CaseListInput): number {
  const stageIn = stageList(stagesShown(input) ?? stages.codes);
  return (
    db.get<{ n: number | null }>(
      sql`SELECT sum(n) AS n FROM case_stage_count WHERE stage IN (${stageIn})`,
    ).n ?? 0
  );
}

function stageList(shown: readonly string[]): SQL {
  return sql.join(
    shown.map((stage) => sql`${stage}`),
    sql`, `,
  );
}

/** Cases passing the filters and the case rule, counted from the covering indexes. */
function countByIndex(db: ReadDb, actor: Actor, input: CaseListInput): number {
  const counted = (...staff: SQL[]) =>
    db
      .select({ n: count() })
      .from(supportCase)
      .where(
        and(
          ...filterConditions(input, 'set', { staffByCaller: true }),
          visibleCaseCondition(actor),
          ...staff,
        ),
      )
      .get()?.n ?? 0;
  const staffId = input.staffId;
  if (staffId === undefined) return counted();
  // 主担当, then 副担当 where not also 主担当: two disjoint ranges of the staff indexes, where an
  // OR of the two would be checked on every case of the stages.
  return (
    counted(eq(supportCase.mainStaffId, staffId)) +
    counted(
      eq(supportCase.subStaffId, staffId),
      sql`coalesce(${supportCase.mainStaffId}, 0) <> ${staffId}`,
    )
  );
}
