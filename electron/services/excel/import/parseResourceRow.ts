import type { ResourceKind } from '../../../contract/communityCodes';
import { parseCapacity } from './parseCapacity';
import { parseResourceKind } from './parseResourceKind';
import { parseLine, parseMultiline } from './parseText';
import type { ResourceColumnKey } from './resourceColumns';
import type { RowReader } from './rowReader';

/** One 社会資源一覧 row, read and checked; 運営・受入先 is matched to the directory when importing. */
export type ResourceDraft = {
  name: string;
  kind: ResourceKind;
  hostName: string;
  place: string;
  district: string;
  schedule: string;
  capacity: number | null;
  target: string;
  contact: string;
  memo: string;
};

type Row = RowReader<ResourceColumnKey>;

const line = (row: Row, key: ResourceColumnKey, label: string, max: number) =>
  row.value(key, parseLine(row.cell(key), label, max), '');

/** Reads one 社会資源一覧 row; a 種類 not on the list becomes その他 with the word kept in メモ. */
export function parseResourceRow(row: Row): ResourceDraft {
  const nameParsed = parseLine(row.cell('name'), '名称', 100);
  if (nameParsed.ok && nameParsed.value === '') row.error('name', '名称がありません');
  const kind = parseResourceKind(row.cell('kind'));
  let memo = row.value('memo', parseMultiline(row.cell('memo'), 'メモ', 4000), '');
  if (kind.unknown !== null) {
    row.warning('kind', `種類「${kind.unknown}」は一覧にないため「その他」とし、メモに残します`);
    memo = [`種類: ${kind.unknown}`, memo].filter((text) => text !== '').join('\n');
  }
  return {
    name: row.value('name', nameParsed, ''),
    kind: kind.kind,
    hostName: line(row, 'hostName', '運営・受入先', 100),
    place: line(row, 'place', '場所', 200),
    district: line(row, 'district', '地区', 50),
    schedule: line(row, 'schedule', '日時・頻度', 200),
    capacity: row.value('capacity', parseCapacity(row.cell('capacity')), null),
    target: line(row, 'target', '対象', 200),
    contact: line(row, 'contact', '連絡先', 200),
    memo,
  };
}
