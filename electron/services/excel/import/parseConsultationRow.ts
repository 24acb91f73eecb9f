import { routes, type Field, type Route, type Sex } from '../../../contract/caseCodes';
import type { ConsultationColumnKey } from './consultationColumns';
import { parseAddress } from './parseAddress';
import { parseConsent, type ImportedConsent } from './parseConsent';
import { parseFields } from './parseFields';
import type { RowContext } from './parseImportSheet';
import { parseKana } from './parseKana';
import { parsePhone } from './parsePhone';
import { defaultConsultationWords } from './listWords';
import { parseRoute, routeListText } from './parseRoute';
import { parseSex } from './parseSex';
import { parseLine, parseMultiline } from './parseText';
import { readDateColumn } from './readDateColumn';
import { cellText } from './rawSheet';
import type { RowReader } from './rowReader';

/** One ledger row, read and checked; 課題 and 担当者 are still as written, matched when importing. */
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
  /** The 課題 cell as written: split against the office's 課題 list inside the import. */
  tagsText: string;
  chiefComplaint: string;
  staffName: string;
  consent: ImportedConsent;
  closedOn: string | null;
};

type Row = RowReader<ConsultationColumnKey>;

function readName(row: Row): string {
  const parsed = parseLine(row.cell('name'), '氏名', 100);
  if (parsed.ok && parsed.value === '') row.error('name', '氏名がありません');
  return row.value('name', parsed, '');
}

/** The case's one 相談経路: an unknown word is an error; a second route, a warning. */
function readRoute(row: Row): Route {
  const reading = parseRoute(row.cell('route'), defaultConsultationWords.route);
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

/** Reads one 相談受付簿 row; every problem is recorded, so a row reports all of them at once. */
export function parseConsultationRow(row: Row, context: RowContext): ConsultationDraft {
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
    route: readRoute(row),
    fields: row.value('fields', parseFields(row.cell('fields'), defaultConsultationWords.field), [
      'other',
    ]),
    tagsText: cellText(row.cell('tags')),
    chiefComplaint: row.value(
      'chiefComplaint',
      parseMultiline(row.cell('chiefComplaint'), '主訴', 4000),
      '',
    ),
    staffName: row.value('staff', parseLine(row.cell('staff'), '担当者', 100), ''),
    consent: row.value('consent', parseConsent(row.cell('consent')), 'unconfirmed'),
    closedOn,
  };
}
