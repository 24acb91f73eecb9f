import type { AgencyKind } from '../../../contract/caseCodes';
import type { AgencyColumnKey } from './agencyColumns';
import { codeMatcher } from './codeMatcher';
import { parseAgencyKind } from './parseAgencyKind';
import type { Parsed } from './parsedValue';
import { parsePhone } from './parsePhone';
import { parseLine, parseMultiline } from './parseText';
import { cellText, type RawCell } from './rawSheet';
import type { RowReader } from './rowReader';

/** One 関係機関一覧 row, read and checked. */
export type AgencyDraft = {
  name: string;
  kind: AgencyKind;
  contactPerson: string;
  phone: string;
  address: string;
  shienMeetingMember: boolean;
  memo: string;
};

const memberOf = codeMatcher<'yes' | 'no'>({
  yes: ['○', '〇', '◯', 'あり', '有', '有り', 'はい', '構成員', '該当'],
  no: ['×', '✕', 'なし', '無', '無し', 'いいえ', '-', '－', '非該当'],
});

/** 支援会議 (構成員か): ○ あり 有 構成員, or × なし 無; blank is not a member. */
function parseMember(cell: RawCell | undefined): Parsed<boolean> {
  const written = cellText(cell);
  if (written === '') return { ok: true, value: false };
  const member = memberOf(written);
  return member === undefined
    ? {
        ok: false,
        message: `支援会議は ○（構成員）か ×（構成員でない）にしてください（${written}）`,
      }
    : { ok: true, value: member === 'yes' };
}

/** Reads one 関係機関一覧 row; a 種別 not on the list becomes その他 with the word kept in メモ. */
export function parseAgencyRow(row: RowReader<AgencyColumnKey>): AgencyDraft {
  const nameParsed = parseLine(row.cell('name'), '機関名', 100);
  if (nameParsed.ok && nameParsed.value === '') row.error('name', '機関名がありません');
  const kind = parseAgencyKind(row.cell('kind'));
  let memo = row.value('memo', parseMultiline(row.cell('memo'), 'メモ', 2000), '');
  if (kind.unknown !== null) {
    row.warning('kind', `種別「${kind.unknown}」は一覧にないため「その他」とし、メモに残します`);
    memo = [`種別: ${kind.unknown}`, memo].filter((line) => line !== '').join('\n');
  }
  return {
    name: row.value('name', nameParsed, ''),
    kind: kind.kind,
    contactPerson: row.value(
      'contactPerson',
      parseLine(row.cell('contactPerson'), '担当者', 100),
      '',
    ),
    phone: row.value('phone', parsePhone(row.cell('phone')), ''),
    address: row.value('address', parseLine(row.cell('address'), '所在地', 200), ''),
    shienMeetingMember: row.value(
      'shienMeetingMember',
      parseMember(row.cell('shienMeetingMember')),
      false,
    ),
    memo,
  };
}
