import { fields, routes } from '../../electron/contract/caseCodes';
import type { ImportReport } from '../../electron/contract/schemas/import';
import { importWordListLabels, type ImportWord } from '../../electron/contract/schemas/importWords';

/** What a word is read as, for people: a staff member's name, a route's or field's label, a 課題. */
function targetText(word: ImportWord, staffName: (id: number) => string): string {
  if (word.to === null) return word.list === 'staff' ? '担当者なし' : '';
  switch (word.list) {
    case 'staff':
      return staffName(Number(word.to));
    case 'route':
      return routes.labels[word.to as keyof typeof routes.labels];
    case 'field':
      return fields.labels[word.to as keyof typeof fields.labels];
    case 'tag':
      return word.to;
  }
}

/**
 * The words of the file the lists did not take as written, one line each: unknown ones (with a
 * hint to map them with --mapping), and how the others were read (by 姓, mapped, remembered).
 */
export function importWordLines(report: ImportReport, staffName: (id: number) => string): string[] {
  if (report.words.length === 0) return [];
  const line = (word: ImportWord) => {
    const where = `${importWordListLabels[word.list]}「${word.written}」（${word.rows}行）`;
    const to = targetText(word, staffName);
    switch (word.how) {
      case 'unknown':
        return `  ${where}: 一覧にありません`;
      case 'surname':
        return `  ${where}: 姓から「${to}」として取り込みます`;
      case 'mapped':
        return `  ${where}: 「${to}」に読み替えます`;
      case 'remembered':
        return `  ${where}: 前回の読み替えのとおり「${to}」とします`;
    }
  };
  const unknown = report.words.some((word) => word.how === 'unknown');
  return [
    'ファイルの言葉の読み方:',
    ...report.words.map(line),
    ...(report.moreWords > 0 ? [`  ほか${report.moreWords}語`] : []),
    ...(unknown
      ? ['  一覧にない言葉は --mapping のファイルで、ファイル全体について読み替えられます。']
      : []),
  ];
}
