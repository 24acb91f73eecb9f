import type { Db } from '../../../../db/database';
import { insertAgency, listAgencyRows } from '../../../../db/repositories/agencyRepository';
import type { Actor } from '../../audit/actor';
import type { Clock } from '../../clock';
import { nameKey } from '../../text/normalize';
import { agencyColumns, type AgencyColumnKey } from './agencyColumns';
import type { ImportRun } from './importReport';
import { withoutWords, type ImportSpec, type WriterTally } from './importSpec';
import { parseAgencyRow, type AgencyDraft } from './parseAgencyRow';
import { runImport, type ImportFile, type ImportOptions } from './runImport';

/**
 * 関係機関一覧. An agency is already there when the directory has one of the same name (name
 * key: spaces and widths ignored), retired ones included; it is then left as it is, not updated.
 */
export const agencyImport: ImportSpec<AgencyColumnKey, AgencyDraft> = {
  kind: 'agencies',
  columns: agencyColumns,
  prepare: () => withoutWords(parseAgencyRow),
  openWriter: ({ tx, stamp }) => {
    const known = new Set(listAgencyRows(tx, true).map((row) => row.nameKey));
    const tally: WriterTally = { newPersons: 0, matchedPersons: 0, firstId: null, lastId: null };
    return {
      write: (draft) => {
        const key = nameKey(draft.name);
        if (known.has(key)) return 'duplicate';
        const row = insertAgency(tx, { ...draft, nameKey: key, active: true }, stamp);
        known.add(key);
        tally.firstId ??= row.id;
        tally.lastId = row.id;
        return 'ready';
      },
      tally: () => tally,
    };
  },
};

/** Imports (or previews) an old 関係機関一覧 into the directory; all-or-nothing unless `skipInvalid`; audited. */
export function importAgencies(
  db: Db,
  actor: Actor,
  clock: Clock,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  return runImport(db, actor, clock, agencyImport, file, options);
}
