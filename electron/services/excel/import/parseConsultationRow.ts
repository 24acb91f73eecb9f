import { routes, type Field, type Route, type Sex } from '../../../contract/caseCodes';
import type { ConsultationColumnKey } from './consultationColumns';
import { parseAddress } from './parseAddress';
import { parseConsent, type ImportedConsent } from './parseConsent';
import { parseFields } from './parseFields';
import { parseKana } from './parseKana';
import { parsePhone } from './parsePhone';
import type { ConsultationLists } from './consultationLists';
import { parseRoute, routeListText } from './parseRoute';
import { parseSex } from './parseSex';
import { parseLine, parseMultiline } from './parseText';
import { readDateColumn } from './readDateColumn';
import type { RowContext } from './readImportSheet';
import type { RowReader } from './rowReader';
import { splitByList, type SplitWords } from './splitByList';
import type { ImportWordList } from '../../../contract/schemas/importWords';

/** One ledger row, read and checked against the office's lists (課題, staff). */
export type ConsultationDraft = {
  receivedOn: string;
  name: string;
  nameKana: string;
  birthDate: string | null;
  sex: Sex | null;
  postalCode: string;
  address: string;
  phone: string;
  route: Route;
  fields: Field[];
  /** Labels of the 課題 list. */
  tags: string[];
  chiefComplaint: string;
  /** The 担当者 found among staff accounts, or null (a warning says why). */
  staffId: number | null;
  consent: ImportedConsent;
  closedOn: string | null;
};

type Row = RowReader<ConsultationColumnKey>;

function readName(row: Row): string {
  const parsed = parseLine(row.cell('name'), '氏名', 100);
  if (parsed.ok && parsed.value === '') row.error('name', '氏名がありません');
  return row.value('name', parsed, '');
}

/** Counts the words of a cell the list did not take as written, for the wizard's mappings. */
function tally<V extends string>(
  row: Row,
  lists: ConsultationLists,
  list: ImportWordList,
  split: Pick<SplitWords<V>, 'unknown' | 'mapped'>,
): void {
  for (const word of split.unknown) lists.words.record(list, word, 'unknown', null, row.rowNumber);
  for (const word of split.mapped) {
    const mapping = lists.mappings.get(list, word);
    const how = mapping?.source === 'remembered' ? 'remembered' : 'mapped';
    lists.words.record(list, word, how, mapping?.to ?? null, row.rowNumber);
  }
}

/** The case's one 相談経路: an unknown word is an error; a second route, a warning. */
function readRoute(row: Row, lists: ConsultationLists): Route {
  const reading = parseRoute(row.cell('route'), lists.route);
  tally(row, lists, 'route', reading);
  if (reading.unknown.length > 0) {
    row.error(
      'route',
      `相談経路は ${routeListText} のどれかにしてください（${reading.unknown.join('、')}）`,
    );
  } else if (reading.others.length > 0) {
    const others = reading.others.map((route) => `「${routes.labels[route]}」`).join('');
    row.warning(
      'route',
      `相談経路が複数あります。最初の「${routes.labels[reading.route]}」で取り込みます（${others}は取り込みません）`,
    );
  }
  return reading.route;
}

/** The row's 相談分野 (その他 when blank); words matching nothing are an error, named. */
function readFields(row: Row, lists: ConsultationLists): Field[] {
  const split = splitByList(row.cell('fields'), lists.field);
  tally(row, lists, 'field', split);
  return row.value('fields', parseFields(split), ['other']);
}

/** The row's 課題 as labels of the list; the words that are not on it are an error, named. */
function readTags(row: Row, lists: ConsultationLists): string[] {
  const split = splitByList(row.cell('tags'), lists.tag);
  tally(row, lists, 'tag', split);
  const { values, unknown } = split;
  if (unknown.length > 0) {
    row.error(
      'tags',
      `課題の一覧にない言葉です: ${unknown.join('、')}（管理画面で課題の一覧に加えるか、一覧の言葉に直してください）`,
    );
  }
  return values;
}

/** The 担当者's staff id, or null with a warning saying why (the row is still imported). */
function readStaff(row: Row, lists: ConsultationLists): number | null {
  const written = row.value('staff', parseLine(row.cell('staff'), '担当者', 100), '');
  const staff = lists.staff(written);
  if (staff.found) {
    if (staff.how !== 'name') {
      const to = staff.staffId === null ? null : String(staff.staffId);
      lists.words.record('staff', written, staff.how, to, row.rowNumber);
    }
    return staff.staffId;
  }
  if (staff.reason !== 'blank')
    lists.words.record('staff', written, 'unknown', null, row.rowNumber);
  if (staff.reason === 'unknown') {
    row.warning('staff', `職員「${written}」が見つからないため、担当者なしで取り込みます`);
  } else if (staff.reason === 'ambiguous') {
    row.warning('staff', `「${written}」という職員が複数いるため、担当者なしで取り込みます`);
  }
  return null;
}

/** Reads one 相談受付簿 row; every problem is recorded, so a row reports all of them at once. */
export function parseConsultationRow(
  row: Row,
  context: RowContext,
  lists: ConsultationLists,
): ConsultationDraft {
  const receivedOn = readDateColumn(row, 'receivedOn', '受付日', context, { required: true });
  const name = readName(row);
  const birthDate = readDateColumn(row, 'birthDate', '生年月日', context, { required: false });
  const closedOn = readDateColumn(row, 'closedOn', '終結日', context, { required: false });
  if (closedOn !== null && receivedOn !== null && closedOn < receivedOn) {
    row.error('closedOn', '終結日が受付日より前です');
  }
  if (birthDate !== null && receivedOn !== null && birthDate > receivedOn) {
    row.error('birthDate', '生年月日が受付日より後です');
  }
  const place = row.value('address', parseAddress(row.cell('address')), {
    postalCode: '',
    address: '',
  });
  return {
    receivedOn: receivedOn ?? '',
    name,
    nameKana: row.value('nameKana', parseKana(row.cell('nameKana')), ''),
    birthDate,
    sex: row.value('sex', parseSex(row.cell('sex')), null),
    postalCode: place.postalCode,
    address: place.address,
    phone: row.value('phone', parsePhone(row.cell('phone')), ''),
    route: readRoute(row, lists),
    fields: readFields(row, lists),
    tags: readTags(row, lists),
    chiefComplaint: row.value(
      'chiefComplaint',
      parseMultiline(row.cell('chiefComplaint'), '主訴', 4000),
      '',
    ),
    staffId: readStaff(row, lists),
    consent: row.value('consent', parseConsent(row.cell('consent')), 'unconfirmed'),
    closedOn,
  };
}
