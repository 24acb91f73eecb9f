import { asc } from 'drizzle-orm';
import type { Db } from '../../../../db/database';
import { listAgencyRows } from '../../../../db/repositories/agencyRepository';
import { prepareInsert } from '../../../../db/repositories/preparedInsert';
import { createdColumns } from '../../../../db/repositories/stamp';
import { resource } from '../../../../db/schema';
import type { Actor } from '../../audit/actor';
import type { Clock } from '../../clock';
import { nameKey } from '../../text/normalize';
import type { ImportRun } from './importReport';
import { withoutWords, type ImportSpec, type WriterTally } from './importSpec';
import { parseResourceRow, type ResourceDraft } from './parseResourceRow';
import { resourceColumns, type ResourceColumnKey } from './resourceColumns';
import { runImport, type ImportFile, type ImportOptions } from './runImport';

/**
 * 社会資源一覧. A resource is already there when one of the same name (name key) exists, retired
 * ones included; it is left as it is. 運営・受入先 naming an agency of the directory links to it.
 */
export const resourceImport: ImportSpec<ResourceColumnKey, ResourceDraft> = {
  kind: 'resources',
  columns: resourceColumns,
  prepare: () => withoutWords(parseResourceRow),
  openWriter: ({ tx, stamp }) => {
    const known = new Set(
      tx
        .select({ nameKey: resource.nameKey })
        .from(resource)
        .orderBy(asc(resource.id))
        .all()
        .map((r) => r.nameKey),
    );
    const agencyIds = new Map(listAgencyRows(tx, true).map((row) => [row.nameKey, row.id]));
    const insert = prepareInsert(tx, resource);
    const tally: WriterTally = { newPersons: 0, matchedPersons: 0, firstId: null, lastId: null };
    return {
      write: (draft) => {
        const key = nameKey(draft.name);
        if (known.has(key)) return 'duplicate';
        const id = insert({
          ...draft,
          nameKey: key,
          hostAgencyId: agencyIds.get(nameKey(draft.hostName)) ?? null,
          active: true,
          // The old lists carry 対象 as words only: the fit (年齢, 分野, 受入状況) is set later.
          ageMin: null,
          ageMax: null,
          intake: 'open',
          ...createdColumns(stamp),
        });
        known.add(key);
        tally.firstId ??= id;
        tally.lastId = id;
        return 'ready';
      },
      tally: () => tally,
    };
  },
};

/** Imports (or previews) an old 社会資源一覧; all-or-nothing unless `skipInvalid`; audited. */
export function importResources(
  db: Db,
  actor: Actor,
  clock: Clock,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  return runImport(db, actor, clock, resourceImport, file, options);
}
