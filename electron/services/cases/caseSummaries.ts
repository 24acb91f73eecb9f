import type { ReadDb } from '../../../db/database';
import { caseSummaryRows } from '../../../db/repositories/supportCaseRepository';
import { fields as fieldCodes, type Field } from '../../contract/caseCodes';
import type { CaseSummary } from '../../contract/schemas/caseWork';

const fieldRank = new Map<string, number>(fieldCodes.codes.map((code, i) => [code, i]));

function inDisplayOrder(fields: Field[]): Field[] {
  return [...fields].sort((a, b) => (fieldRank.get(a) ?? 0) - (fieldRank.get(b) ?? 0));
}

/**
 * Case list lines (with 相談分野, 課題, the person's name and the 主担当's name) for the given
 * ids, in the order given; ids that do not exist are skipped. Applies no visibility rule: the
 * caller passes only ids the actor may see.
 */
export function caseSummariesByIds(db: ReadDb, ids: number[]): CaseSummary[] {
  const rows = new Map(caseSummaryRows(db, ids).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        caseNumber: row.caseNumber,
        personId: row.personId,
        personName: row.personName,
        personKana: row.personKana,
        householdId: row.householdId,
        stage: row.stage,
        receivedOn: row.receivedOn,
        route: row.route,
        // Written by SQLite's json_group_array from columns of these types.
        fields: inDisplayOrder(JSON.parse(row.fieldsJson) as Field[]),
        tags: JSON.parse(row.tagsJson) as string[],
        urgency: row.urgency,
        mainStaffId: row.mainStaffId,
        mainStaffName: row.mainStaffName,
        coordination: row.coordination === 1,
        restricted: row.restricted === 1,
        closedOn: row.closedOn,
      },
    ];
  });
}
