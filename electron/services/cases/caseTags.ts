import type { WriteTx } from '../../../db/database';
import { labelsInCodeList } from '../../../db/repositories/codeListRepository';
import { replaceCaseFields, replaceCaseTags } from '../../../db/repositories/supportCaseRepository';
import type { Field } from '../../contract/caseCodes';
import type { Actor } from '../audit/actor';
import { ensureDefaultCodeLists } from '../directory/codeListService';
import { invalidField } from './caseErrors';

/**
 * Sets a case's 課題 tags. Each must be a label of the 課題 list, active or retired (a retired
 * label stays valid on the records that have it); anything else is refused, rolling back the
 * caller's whole transaction.
 */
export function writeCaseTags(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  caseId: number,
  tags: readonly string[],
): void {
  ensureDefaultCodeLists(tx, actor, at);
  const unique = [...new Set(tags)];
  const known = labelsInCodeList(tx, 'issueTag', unique);
  const unknown = unique.filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw invalidField('tags', `登録されていない課題があります: ${unknown.join('、')}`);
  }
  replaceCaseTags(tx, caseId, unique);
}

/** Sets a case's 相談分野 (each once). */
export function writeCaseFields(tx: WriteTx, caseId: number, fields: readonly Field[]): void {
  replaceCaseFields(tx, caseId, [...new Set(fields)]);
}
