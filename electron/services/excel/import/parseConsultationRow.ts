import type { Field, Route, Sex } from '../../../contract/caseCodes';
import type { ConsultationColumnKey } from './consultationColumns';
import { parseAddress } from './parseAddress';
import { parseConsent, type ImportedConsent } from './parseConsent';
import { parseFields } from './parseFields';
import type { RowContext } from './parseImportSheet';
import { parseKana } from './parseKana';
import { parsePhone } from './parsePhone';
import { parseRoute } from './parseRoute';
import { parseSex } from './parseSex';
import { parseLine, parseMultiline } from './parseText';
import { readDateColumn } from './readDateColumn';
import type { RowReader } from './rowReader';
import { splitList } from './splitList';

/** One ledger row, read and checked; 課題 and 担当者 are still words, matched when importing. */
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
  tags: string[];
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
    route: row.value('route', parseRoute(row.cell('route')), 'other'),
    fields: row.value('fields', parseFields(row.cell('fields')), ['other']),
    tags: splitList(row.cell('tags'), { keepMiddleDot: true }),
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
