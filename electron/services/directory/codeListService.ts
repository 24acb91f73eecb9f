import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import {
  codeListRows,
  insertCodeListEntry,
  updateCodeListEntry,
} from '../../../db/repositories/codeListRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { defaultIssueTags } from '../../contract/caseCodes';
import { codeLists, type CodeListEntry, type CodeListName } from '../../contract/schemas/directory';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';

const defaultLabels: Record<CodeListName, readonly string[]> = { issueTag: defaultIssueTags };

function entries(rows: Array<{ label: string; active: boolean }>): CodeListEntry[] {
  return rows.map((row) => ({ label: row.label, active: row.active }));
}

/**
 * Fills every label list that has never had a label with the defaults a new office starts with.
 * Runs inside the caller's transaction (an intake may be the first to need the 課題 list).
 */
export function ensureDefaultCodeLists(tx: WriteTx, actor: Actor, at: Date): void {
  for (const list of codeLists) {
    if (codeListRows(tx, list).length > 0) continue;
    const stamp = stampFor(at, actor.staffId);
    defaultLabels[list].forEach((label, i) => {
      insertCodeListEntry(tx, list, label, i, stamp);
    });
    appendAudit(tx, {
      at,
      actor,
      action: 'codeList.seed',
      target: { type: 'codeList', id: list },
      detail: { count: defaultLabels[list].length },
    });
  }
}

/** A label list: active labels in display order, then retired ones (old records still show them). */
export function getCodeList(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'codeList.get'>,
): CodeListEntry[] {
  // Only a list never filled needs the write transaction; ordinary reads stay reads.
  if (codeListRows(db, input.list).length === 0) {
    withTransaction(db, (tx) => {
      ensureDefaultCodeLists(tx, actor, clock.now());
    });
  }
  return entries(codeListRows(db, input.list));
}

/**
 * Replaces the active list (管理者 only, by the contract): the labels given become active in that
 * order, new ones are added, and labels left out are retired, never deleted.
 */
export function saveCodeList(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'codeList.save'>,
): CodeListEntry[] {
  return withTransaction(db, (tx) => {
    const at = clock.now();
    const stamp = stampFor(at, actor.staffId);
    const labels = [...new Set(input.labels)];
    const existing = new Map(codeListRows(tx, input.list).map((row) => [row.label, row]));
    const added: string[] = [];
    const retired: string[] = [];
    labels.forEach((label, sortOrder) => {
      if (existing.has(label)) {
        updateCodeListEntry(tx, input.list, label, { sortOrder, active: true }, stamp);
      } else {
        insertCodeListEntry(tx, input.list, label, sortOrder, stamp);
        added.push(label);
      }
    });
    for (const row of existing.values()) {
      if (row.active && !labels.includes(row.label)) {
        updateCodeListEntry(
          tx,
          input.list,
          row.label,
          { sortOrder: row.sortOrder, active: false },
          stamp,
        );
        retired.push(row.label);
      }
    }
    // Labels are the office's vocabulary, not personal records, so the audit names them.
    appendAudit(tx, {
      at,
      actor,
      action: 'codeList.save',
      target: { type: 'codeList', id: input.list },
      detail: { added, retired, count: labels.length },
    });
    return entries(codeListRows(tx, input.list));
  });
}
