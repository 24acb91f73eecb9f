import { routes, stages, type Route, type Stage } from '../../../contract/caseCodes';
import { nameInitials } from '../../print/nameInitials';
import { excelDate } from '../workbook/excelDates';

/**
 * One case as the export writes it, already in the words of the sheet (分野, 課題 and 関係機関
 * joined): a small object of one shape, so 100,000 of them stay cheap to hold.
 */
export type CaseExportRow = {
  caseNumber: string;
  stage: Stage;
  personName: string;
  personKana: string;
  /** 相談分野 labels joined with ・, in the order users know them. */
  fields: string;
  /** 課題 joined with 、, in the order entered. */
  tags: string;
  route: Route;
  receivedOn: string;
  closedOn: string | null;
  mainStaffName: string;
  /** 関係機関 names joined with 、, by name. */
  agencies: string;
};

export type CaseExportOptions = { initials: boolean };

type CellValue = string | Date | null;

/** A column of the case list workbook: its heading, width, and value for a case. */
export type CaseExportColumn = {
  header: string;
  width: number;
  /** Shown as a 和暦 date (the value is a real Excel date). */
  date?: boolean;
  value: (row: CaseExportRow, options: CaseExportOptions) => CellValue;
};

/**
 * The columns in order: ケース番号 first (what people look cases up by), then 段階, the names,
 * 分野, 課題, 経路, the dates, 主担当 and 関係機関. With initials, 氏名 becomes initials from
 * the ふりがな and the ふりがな column stays empty: it would name the person as well.
 */
export const caseExportColumns: readonly CaseExportColumn[] = [
  { header: 'ケース番号', width: 12, value: (row) => row.caseNumber },
  { header: '段階', width: 13, value: (row) => stages.labels[row.stage] },
  {
    header: '氏名',
    width: 18,
    value: (row, options) =>
      options.initials ? nameInitials(row.personKana, row.personName) : row.personName,
  },
  {
    header: 'ふりがな',
    width: 20,
    value: (row, options) => (options.initials ? null : row.personKana),
  },
  { header: '相談分野', width: 20, value: (row) => row.fields },
  { header: '課題', width: 32, value: (row) => row.tags },
  { header: '相談経路', width: 20, value: (row) => routes.labels[row.route] },
  { header: '受付日', width: 17, date: true, value: (row) => excelDate(row.receivedOn) },
  {
    header: '終結日',
    width: 17,
    date: true,
    value: (row) => (row.closedOn === null ? null : excelDate(row.closedOn)),
  },
  { header: '主担当', width: 14, value: (row) => row.mainStaffName },
  { header: '関係機関', width: 40, value: (row) => row.agencies },
];
