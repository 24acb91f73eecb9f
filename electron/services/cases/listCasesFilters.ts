import { eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { caseField, caseTag, supportCase } from '../../../db/schema';
import { stages, type ConsentKind, type ConsentState, type Stage } from '../../contract/caseCodes';
import type { ParsedInput } from '../../contract/types';

export type CaseListInput = ParsedInput<'case.list'>;

/**
 * How the filters are written for the query reading them (listCasesShape.ts chooses for a page).
 * - 'probe': the query walks another index (a page along its sort order, the cases of hidden
 *   households): stage kept off its indexes, 分野・課題・同意 as per-row EXISTS probes.
 * - 'stage': a page of one stage, walked along that stage's own sort index: stage indexed, the
 *   rest as probes.
 * - 'set': every match is read from its own index and then sorted (a total, or a page of few
 *   matches): stage as index ranges, staff through its indexes, member sets built once (IN),
 *   cheaper than a probe per row (11 ms vs 23 ms over 100k cases).
 */
export type FilterShape = 'probe' | 'stage' | 'set';

const statusShows: Record<CaseListInput['status'], (stage: Stage) => boolean> = {
  open: (stage) => stage !== 'closed',
  closed: (stage) => stage === 'closed',
  all: () => true,
};

/** The stages the list shows: its status narrowed by the chosen stages; null when all of them. */
export function stagesShown(input: CaseListInput): Stage[] | null {
  const shown = stages.codes.filter(
    (stage) => statusShows[input.status](stage) && (input.stages?.includes(stage) ?? true),
  );
  return shown.length === stages.codes.length ? null : shown;
}

/**
 * The list's filters as conditions on support_case (the caller adds visibility and paging).
 * `staffByCaller`: the caller reads the staff member's cases itself (the total counts the 主担当
 * and 副担当 ranges apart), so no staff condition is written, though one was chosen.
 */
export function filterConditions(
  input: CaseListInput,
  shape: FilterShape,
  { staffByCaller = false } = {},
): SQL[] {
  const conditions: SQL[] = [];
  const shown = stagesShown(input);
  // A total searches the stage-first index by ranges (an IN list, not `<> 'closed'`). A probing
  // page must instead walk its sort's index, which stops after one page: the unary + keeps SQLite
  // (which has no statistics to tell how common a stage is) from using an index on stage and sorting.
  if (shown) {
    const stage = shape === 'probe' ? sql`+${supportCase.stage}` : sql`${supportCase.stage}`;
    conditions.push(inArray(stage, shown));
  }
  if (input.staffId !== undefined && !staffByCaller) {
    // Walking a page, + keeps SQLite from gathering both staff indexes' rows and sorting them.
    const plus = sql.raw(shape === 'set' ? '' : '+');
    const [main, sub] = [supportCase.mainStaffId, supportCase.subStaffId];
    conditions.push(sql`(${plus}${main} = ${input.staffId} OR ${plus}${sub} = ${input.staffId})`);
  }
  if (input.coordination !== undefined) {
    // A literal, not a bound value: only then may SQLite read the partial index of 多機関協働 cases.
    const flag = sql.raw(input.coordination ? '1' : '0');
    conditions.push(sql`${supportCase.coordination} = ${flag}`);
  }
  if (input.receivedFrom !== undefined) {
    conditions.push(gte(supportCase.receivedOn, input.receivedFrom));
  }
  if (input.receivedTo !== undefined) {
    conditions.push(lte(supportCase.receivedOn, input.receivedTo));
  }
  // A staff member's cases or a period are read from their own index range; 分野, 課題 and 同意
  // are then probed per case. As a set, SQLite would instead look every member up in the staff
  // index (29,000 of them, 50 ms, against 5 ms probing one staff member's cases at 100k cases).
  const members = shape === 'set' && rangeDriven(input) ? 'probe' : shape;
  if (input.field !== undefined) {
    conditions.push(
      caseHas(
        members,
        sql`${caseField}`,
        sql`${caseField.caseId}`,
        eq(caseField.field, input.field),
      ),
    );
  }
  if (input.tag !== undefined) {
    conditions.push(
      caseHas(members, sql`${caseTag}`, sql`${caseTag.caseId}`, eq(caseTag.tag, input.tag)),
    );
  }
  if (input.consent !== undefined) {
    conditions.push(currentConsentIs(input.consent.kind, input.consent.state, members));
  }
  return conditions;
}

/** Whether the filters pick a staff member's cases or a period, each read as an index range. */
function rangeDriven(input: CaseListInput): boolean {
  return [input.staffId, input.receivedFrom, input.receivedTo].some((value) => value !== undefined);
}

/** The case has a row in `table` (keyed by `caseId`) meeting `condition`. */
function caseHas(shape: FilterShape, table: SQL, caseId: SQL, condition: SQL): SQL {
  return shape === 'set'
    ? sql`${supportCase.id} IN (SELECT ${caseId} FROM ${table} WHERE ${condition})`
    : sql`EXISTS (SELECT 1 FROM ${table} WHERE ${caseId} = ${supportCase.id} AND ${condition})`;
}

/**
 * The case's current consent of a kind (its latest record, kept in consent_current by triggers,
 * migration 0004) has this state. A case with no record of the kind counts as 未確認, as the case
 * screen shows it, so 未確認 is "no current record of the kind in another state".
 */
function currentConsentIs(kind: ConsentKind, state: ConsentState, shape: FilterShape): SQL {
  const table = sql`consent_current`;
  const caseId = sql`consent_current.case_id`;
  const is = (test: SQL) =>
    caseHas(shape, table, caseId, sql`consent_current.kind = ${kind} AND ${test}`);
  return state === 'unconfirmed'
    ? sql`NOT ${is(sql`consent_current.state <> 'unconfirmed'`)}`
    : is(sql`consent_current.state = ${state}`);
}
