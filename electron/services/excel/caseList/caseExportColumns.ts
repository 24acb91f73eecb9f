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
  /** 多機関協働事業の対象 (☑ on the sheet). */
  coordination: boolean;
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
  /** Long text wraps inside the column (課題, 関係機関) instead of running under the next. */
  wrap?: boolean;
  /** A yes/no shown as ☑ / ☐, centred. */
  check?: boolean;
  value: (row: CaseExportRow, options: CaseExportOptions) => CellValue;
};

// The widths add up to what A4 landscape holds at about 85 % (fit to the page's width): wider
// columns printed the list at half size, too small to read.

/**
 * The columns in order: ケース番号 first (what people look cases up by), then 段階, the names,
 * 分野, 課題, 経路, the dates, 主担当, 多機関協働 (☑ / ☐) and 関係機関. With initials, 氏名 becomes initials from
 * the ふりがな and the ふりがな column stays empty: it would name the person as well.
 */
export const caseExportColumns: readonly CaseExportColumn[] = [
  { header: 'ケース番号', width: 11, value: (row) => row.caseNumber },
  { header: '段階', width: 12, value: (row) => stages.labels[row.stage] },
  {
    header: '氏名',
    width: 14,
    value: (row, options) =>
      options.initials ? nameInitials(row.personKana, row.personName) : row.personName,
  },
  {
    header: 'ふりがな',
    width: 15,
    value: (row, options) => (options.initials ? null : row.personKana),
  },
  { header: '相談分野', width: 14, wrap: true, value: (row) => row.fields },
  { header: '課題', width: 24, wrap: true, value: (row) => row.tags },
  { header: '相談経路', width: 12, value: (row) => routes.labels[row.route] },
  { header: '受付日', width: 16, date: true, value: (row) => excelDate(row.receivedOn) },
  {
    header: '終結日',
    width: 16,
    date: true,
    value: (row) => (row.closedOn === null ? null : excelDate(row.closedOn)),
  },
  { header: '主担当', width: 11, value: (row) => row.mainStaffName },
  {
    header: '多機関協働',
    width: 11,
    check: true,
    value: (row) => (row.coordination ? '☑' : '☐'),
  },
  { header: '関係機関', width: 26, wrap: true, value: (row) => row.agencies },
];
