import type { Db } from '../../../../db/database';
import type { Actor } from '../../audit/actor';
import type { Clock } from '../../clock';
import { consultationColumns, type ConsultationColumnKey } from './consultationColumns';
import { consultationLists } from './consultationLists';
import { mappingTable } from './importMappings';
import { rememberedMappings, rememberMappings } from './rememberedMappings';
import { openConsultationWriter } from './consultationWriter';
import type { ImportRun } from './importReport';
import type { ImportSpec } from './importSpec';
import { parseConsultationRow, type ConsultationDraft } from './parseConsultationRow';
import { runImport, type ImportFile, type ImportOptions } from './runImport';

/** 相談受付簿: rows are written in 受付日 order, so case numbers follow the dates within a 年度. */
export const consultationImport: ImportSpec<ConsultationColumnKey, ConsultationDraft> = {
  kind: 'consultations',
  columns: consultationColumns,
  prepare: ({ db, mappings }) => {
    const lists = consultationLists(db, mappingTable(rememberedMappings(db), mappings));
    return {
      parse: (row, context) => parseConsultationRow(row, context, lists),
      words: () => ({ words: lists.words.words(), more: lists.words.more() }),
    };
  },
  remember: rememberMappings,
  openWriter: openConsultationWriter,
  writeOrder: (a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0),
};

/**
 * Imports (or previews) an old 相談受付簿: one case per row, people matched rather than
 * duplicated, rows already in Kasane skipped. All-or-nothing unless `skipInvalid`; audited.
 */
export function importConsultations(
  db: Db,
  actor: Actor,
  clock: Clock,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  return runImport(db, actor, clock, consultationImport, file, options);
}
