import { defaultIssueTags } from '../../../contract/caseCodes';
import { nameKey } from '../../text/normalize';
import { listsOf } from './consultationLists';
import { consultationColumns } from './consultationColumns';
import { parseConsultationRow } from './parseConsultationRow';
import { problemLog } from './problemLog';
import { readImportSheet } from './readImportSheet';
import { importLimits } from './source/importLimits';
import { openImportSource } from './source/openImportSource';

/** The staff id the tests' lists give 相談 一郎 (the only staff member they know). */
export const ledgerStaffId = 7;

/**
 * Reads a 相談受付簿 file as an import would, without a database: the default 課題 list and one
 * staff member, 相談 一郎. Returns the sheet read and the problems kept.
 */
export async function readLedger(
  bytes: Uint8Array,
  options: { fileName?: string; today?: string } = {},
) {
  const lists = listsOf(defaultIssueTags, (written) => {
    const key = nameKey(written);
    if (key === '') return { found: false, reason: 'blank' };
    return key === nameKey('相談 一郎')
      ? { found: true, staffId: ledgerStaffId, how: 'name' }
      : { found: false, reason: 'unknown' };
  });
  const source = await openImportSource({ fileName: options.fileName ?? '相談受付簿.xlsx', bytes });
  const log = problemLog(importLimits.keptProblems);
  try {
    const sheet = await readImportSheet(
      source,
      consultationColumns,
      (row, context) => parseConsultationRow(row, context, lists),
      options.today ?? '2026-05-01',
      log,
      { sampleRows: 50 },
    );
    return { sheet, problems: log.kept(), counts: log.counts(), source };
  } finally {
    source.close();
  }
}
