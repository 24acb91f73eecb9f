import { and, eq } from 'drizzle-orm';
import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import {
  insertResource,
  replaceResourceFields,
  resourceRowById,
  resourceRows,
  updateResource as writeResource,
} from '../../../db/repositories/resourceRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { resource } from '../../../db/schema';
import { fields as fieldCodes } from '../../contract/caseCodes';
import { AppError } from '../../contract/errors';
import type { ResourceView } from '../../contract/schemas/participation';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { changedKeys } from '../cases/changedKeys';
import type { Clock } from '../clock';
import { nameKey, searchText } from '../text/normalize';
import { hasRoom, toResourceView } from './resourceViews';

type Fields = ParsedInput<'resource.create'>;

function resourceNotFound(): AppError {
  return new AppError('NOT_FOUND', '社会資源が見つかりません。');
}

/** The columns to write and the 相談分野 (in the code list's order, so a re-save changes nothing). */
function resourceValues(db: ReadDb, input: Fields) {
  if (input.hostAgencyId !== null && !findAgencyById(db, input.hostAgencyId)) {
    throw invalidField('hostAgencyId', '関係機関が見つかりません');
  }
  const { fields, ...columns } = input;
  const order = fieldCodes.codes;
  const sorted = [...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return { columns: { ...columns, nameKey: nameKey(input.name) }, fields: sorted };
}

function reloadResource(db: ReadDb, id: number): ResourceView {
  const row = resourceRowById(db, id);
  if (!row) throw resourceNotFound();
  return toResourceView(row);
}

/** Adds a 社会資源 to the directory (no personal data: a place or activity and its host). */
export function createResource(db: Db, actor: Actor, clock: Clock, input: Fields): ResourceView {
  return withTransaction(db, (tx) => {
    const at = clock.now();
    const values = resourceValues(tx, input);
    const row = insertResource(tx, values.columns, stampFor(at, actor.staffId));
    replaceResourceFields(tx, row.id, values.fields);
    appendAudit(tx, {
      at,
      actor,
      action: 'resource.create',
      target: { type: 'resource', id: row.id },
      detail: { kind: row.kind },
    });
    return reloadResource(tx, row.id);
  });
}

/**
 * Saves a directory entry as a whole; 休止 (active false) keeps its matches but hides it from
 * 「資源を探す」. The audit names the fields changed.
 */
export function updateResource(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'resource.update'>,
): ResourceView {
  return withTransaction(db, (tx) => {
    const { id, ...fields } = input;
    const row = resourceRowById(tx, id);
    if (!row) throw resourceNotFound();
    const values = resourceValues(tx, fields);
    const changed = changedKeys(row, { ...values.columns, fields: values.fields }).filter(
      (key) => key !== 'nameKey',
    );
    if (changed.length > 0) {
      const at = clock.now();
      writeResource(tx, id, values.columns, stampFor(at, actor.staffId));
      replaceResourceFields(tx, id, values.fields);
      appendAudit(tx, {
        at,
        actor,
        action: 'resource.update',
        target: { type: 'resource', id },
        detail: { fields: changed },
      });
    }
    return reloadResource(tx, id);
  });
}

/** One directory entry with its free capacity (not audited: it holds no personal data). */
export function getResource(db: ReadDb, input: ParsedInput<'resource.get'>): ResourceView {
  return reloadResource(db, input.id);
}

/**
 * The directory, or 「資源を探す」: by kind and active, every word (NFKC, case and width folded)
 * found in the name, place, district or host; by name, or with room first when asked.
 */
export function listResources(db: ReadDb, input: ParsedInput<'resource.list'>): ResourceView[] {
  const words = searchText(input.words).split(' ').filter(Boolean);
  const views = resourceRows(
    db,
    and(
      input.activeOnly ? eq(resource.active, true) : undefined,
      input.kind === undefined ? undefined : eq(resource.kind, input.kind),
    ),
  )
    .filter((row) => {
      // Spaces inside a field do not count (「みどり 食堂」 is found by みどり食堂); fields stay apart.
      const haystack = [row.name, row.place, row.district, row.hostName]
        .map((text) => searchText(text).replaceAll(' ', ''))
        .join('\n');
      return words.every((word) => haystack.includes(word));
    })
    .map(toResourceView);
  if (!input.withFreeCapacity) return views;
  // Array.prototype.sort is stable: within each group the name order stays.
  return views.sort((a, b) => Number(hasRoom(b)) - Number(hasRoom(a)));
}
