import type { Db } from '../../../../db/database';
import type { ImportKind } from '../../../contract/schemas/import';
import type { Actor } from '../../audit/actor';
import type { Clock } from '../../clock';
import type { ImportRun } from './importReport';
import { withImportSpec } from './importSpecs';
import { runImport, type ImportFile, type ImportOptions } from './runImport';

/** Previews or imports a file of the given kind (the one entry the app and the CLI use). */
export function importWorkbook(
  db: Db,
  actor: Actor,
  clock: Clock,
  kind: ImportKind,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  return withImportSpec(kind, (spec) => runImport(db, actor, clock, spec, file, options));
}
