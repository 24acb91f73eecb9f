import type { Db } from '../../../../db/database';
import type { ImportKind } from '../../../contract/schemas/import';
import type { Actor } from '../../audit/actor';
import type { Clock } from '../../clock';
import { importAgencies } from './importAgencies';
import { importConsultations } from './importConsultations';
import type { ImportRun } from './importReport';
import { importResources } from './importResources';
import type { ImportFile, ImportOptions } from './runImport';

const importers: Record<ImportKind, typeof importConsultations> = {
  consultations: importConsultations,
  agencies: importAgencies,
  resources: importResources,
};

/** Previews or imports a workbook of the given kind (the one entry the app and the CLI use). */
export function importWorkbook(
  db: Db,
  actor: Actor,
  clock: Clock,
  kind: ImportKind,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  return importers[kind](db, actor, clock, file, options);
}
