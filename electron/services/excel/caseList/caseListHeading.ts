import type { ReadDb } from '../../../../db/database';
import { findStaffById } from '../../../../db/repositories/staffRepository';
import { consentKinds, consentStates, fields, stages } from '../../../contract/caseCodes';
import type { CaseListExportInput } from './exportCaseList';
import { warekiDate } from '../../print/wareki';

/** The two lines above the table: what the list is, and which cases it holds. */
export type CaseListHeading = { title: string; conditions: string };

const statusLabels = { open: '対応中', closed: '終結', all: 'すべて' } as const;
const sortLabels = {
  receivedDesc: '受付日の新しい順',
  receivedAsc: '受付日の古い順',
  caseNumber: 'ケース番号順',
  stage: '段階順',
} as const;

/**
 * 「ケース一覧 みどり町 令和8年6月10日現在」 and the filters in words, so a printed sheet
 * says whose list it is, of which day, and that it may not be every case.
 */
export function caseListHeading(
  db: ReadDb,
  municipalityName: string,
  today: string,
  input: CaseListExportInput,
): CaseListHeading {
  const f = input.filters;
  const parts = [`状態：${statusLabels[f.status]}`];
  if (f.stages !== undefined) {
    parts.push(`段階：${f.stages.map((s) => stages.labels[s]).join('・') || 'なし'}`);
  }
  if (f.field !== undefined) parts.push(`相談分野：${fields.labels[f.field]}`);
  if (f.tag !== undefined) parts.push(`課題：${f.tag}`);
  if (f.staffId !== undefined) {
    parts.push(`担当：${findStaffById(db, f.staffId)?.displayName ?? '（削除された職員）'}`);
  }
  if (f.consent !== undefined) {
    parts.push(
      `同意：${consentKinds.labels[f.consent.kind]} ${consentStates.labels[f.consent.state]}`,
    );
  }
  if (f.coordination === true) parts.push('多機関協働のみ');
  if (f.receivedFrom !== undefined || f.receivedTo !== undefined) {
    const from = f.receivedFrom === undefined ? '' : warekiDate(f.receivedFrom);
    const to = f.receivedTo === undefined ? '' : warekiDate(f.receivedTo);
    parts.push(`受付日：${from}〜${to}`);
  }
  parts.push(`並び順：${sortLabels[f.sort]}`);
  if (input.initials) parts.push('氏名はイニシャル');
  return {
    title: ['ケース一覧', municipalityName, `${warekiDate(today)}現在`]
      .filter((part) => part !== '')
      .join('\u3000'),
    conditions: `抽出条件\u3000${parts.join('\u3000／\u3000')}`,
  };
}
