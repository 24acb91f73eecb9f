import type { ImportKind } from '../../../contract/schemas/import';
import { agencyImport } from './importAgencies';
import { consultationImport } from './importConsultations';
import { resourceImport } from './importResources';
import type { ImportSpec } from './importSpec';

/** Something done with a kind's spec, whatever its columns and drafts. */
export type SpecUse<R> = <K extends string, D>(spec: ImportSpec<K, D>) => R;

/** Runs `use` with the spec of an import kind (each kind's columns and drafts keep their types). */
export function withImportSpec<R>(kind: ImportKind, use: SpecUse<R>): R {
  switch (kind) {
    case 'consultations':
      return use(consultationImport);
    case 'agencies':
      return use(agencyImport);
    case 'resources':
      return use(resourceImport);
  }
}
