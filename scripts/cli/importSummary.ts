import { importKindLabels, type ImportReport } from '../../electron/contract/schemas/import';
import { problemLine } from '../../electron/services/excel/import/problemText';
import { importWordLines } from './importWordLines';

/** The recognised and the ignored columns, in one line each. */
function columnLines(report: ImportReport): string[] {
  const found = report.columns.map((c) =>
    c.header === c.label ? `${c.letter} ${c.label}` : `${c.letter} ${c.label}（${c.header}）`,
  );
  const ignored = report.ignoredColumns.map((c) =>
    c.reason === 'duplicate'
      ? `${c.letter} ${c.header}（「${c.sameAs ?? ''}」が2列目）`
      : `${c.letter} ${c.header}`,
  );
  return [
    `認識した列: ${found.join('、')}`,
    ...(ignored.length > 0 ? [`取り込まない列: ${ignored.join('、')}`] : []),
  ];
}

/**
 * The Japanese summary `import` prints: what was read, what was (or would be) imported, what
 * was skipped, and every error and warning with its row, column and reason.
 */
export function formatImportSummary(
  report: ImportReport,
  options: { dryRun: boolean; skipInvalid: boolean },
  staffName: (id: number) => string = (id) => `職員 ${id}`,
): string {
  const { counts } = report;
  const people =
    report.kind === 'consultations' && counts.ready > 0
      ? `（新しい人物 ${counts.newPersons}人、登録済みの人物に結び付け ${counts.matchedPersons}件）`
      : '';
  const ready = options.dryRun
    ? `取り込める行: ${counts.ready}件${people}`
    : report.written
      ? `取り込んだ行: ${counts.imported}件${people}`
      : `エラーのない行: ${counts.ready}件（取り込んでいません）`;
  const where =
    report.format === 'xlsx'
      ? `シート「${report.sheetName}」（見出しは${report.headerRow}行目）`
      : `${report.format === 'csv' ? 'CSV' : 'タブ区切り'}・${report.encoding ?? ''}（見出しは${report.headerRow}行目）`;
  const lines = [
    `${importKindLabels[report.kind]}「${report.fileName}」 ${where}`,
    ...columnLines(report),
    `読み込んだ行: ${counts.rows}行`,
    ready,
    `取り込み済みのため飛ばした行: ${counts.duplicates}件`,
    `エラーのある行: ${counts.invalid}件`,
  ];
  lines.push(...importWordLines(report, staffName));
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const more = (shown: number, all: number) => (all > shown ? [`  ほか${all - shown}件`] : []);
  if (report.problemCounts.errors > 0) {
    lines.push(
      `エラー（${report.problemCounts.errors}件）:`,
      ...errors.map((p) => `  ${problemLine(p)}`),
      ...more(errors.length, report.problemCounts.errors),
    );
  }
  if (report.problemCounts.warnings > 0) {
    lines.push(
      `注意（${report.problemCounts.warnings}件）:`,
      ...warnings.map((p) => `  ${problemLine(p)}`),
      ...more(warnings.length, report.problemCounts.warnings),
    );
  }
  if (options.dryRun) {
    lines.push('確認だけです（--dry-run）。何も取り込んでいません。');
  } else if (!report.written) {
    lines.push(
      'エラーのある行があるため、何も取り込みませんでした。エラーを直すか、--skip-invalid を付けてエラーのない行だけを取り込んでください。',
    );
  } else {
    lines.push(`${counts.imported}件を取り込みました。`);
  }
  return lines.join('\n') + '\n';
}
