import fs from 'node:fs';
import { z } from 'zod';
import type { ReadDb } from '../../db/database';
import { codeListRows } from '../../db/repositories/codeListRepository';
import { listStaffRows } from '../../db/repositories/staffListRepository';
import { defaultIssueTags } from '../../electron/contract/caseCodes';
import { AppError } from '../../electron/contract/errors';
import {
  importWordListLabels,
  type ImportMapping,
  type ImportWordList,
} from '../../electron/contract/schemas/importWords';
import { valueKey } from '../../electron/services/excel/import/codeMatcher';
import { fieldWords, routeWords } from '../../electron/services/excel/import/listWords';
import { nameKey } from '../../electron/services/text/normalize';

/** The file's sections, by the names people use (担当者, 相談経路 …). */
const sections: Record<string, ImportWordList> = Object.fromEntries(
  Object.entries(importWordListLabels).map(([list, label]) => [label, list as ImportWordList]),
);

const wordsOf = z.record(z.string().min(1).max(100), z.string().max(100).nullable());
const mappingFile = z.strictObject(
  Object.fromEntries(Object.keys(sections).map((label) => [label, wordsOf.optional()])),
);

/** An example of the file, for messages and the usage text. */
export const mappingFileExample =
  '{"担当者": {"石川": "ishikawa", "臨時": null}, "相談経路": {"FAX": "その他"}, "相談分野": {"医療": "その他"}, "課題": {"ゴミ屋敷": "セルフネグレクト"}}';

function refused(filePath: string, lines: string[]): AppError {
  return new AppError(
    'VALIDATION',
    [`読み替えのファイルを使えません（${filePath}）:`, ...lines.map((l) => `  ・${l}`)].join('\n'),
  );
}

/**
 * Reads `--mapping FILE`: a JSON object whose sections (担当者, 相談経路, 相談分野, 課題) map a word
 * of the ledger to a staff member (ログイン名 or 表示名; null: no 担当者), a 相談経路 or 相談分野
 * (its label or a word Kasane knows for it), or a label of the 課題 list. Anything that names no
 * staff member, code or label is refused with every reason, before anything is imported.
 */
export function readMappingFile(filePath: string, db: ReadDb): ImportMapping[] {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/u, ''));
  } catch {
    throw refused(filePath, [`JSON として読めません。例: ${mappingFileExample}`]);
  }
  const parsed = mappingFile.safeParse(json);
  if (!parsed.success) {
    throw refused(filePath, [
      `書けるのは ${Object.keys(sections).join('・')} の欄です。例: ${mappingFileExample}`,
    ]);
  }
  const staff = listStaffRows(db);
  const tagRows = codeListRows(db, 'issueTag');
  const tags = new Set(tagRows.length > 0 ? tagRows.map((r) => r.label) : defaultIssueTags);
  const codeOf = new Map<string, Map<string, string>>([
    ['route', new Map(routeWords.map(([word, code]) => [valueKey(word), code]))],
    ['field', new Map(fieldWords.map(([word, code]) => [valueKey(word), code]))],
  ]);
  const problems: string[] = [];
  const mappings: ImportMapping[] = [];
  for (const [label, words] of Object.entries(parsed.data)) {
    const list = sections[label] as ImportWordList;
    for (const [written, target] of Object.entries(words ?? {})) {
      let to: string | null | undefined;
      if (list === 'staff') {
        const found =
          target === null
            ? null
            : staff.filter((s) => s.login === target || nameKey(s.displayName) === nameKey(target));
        to = found === null ? null : found.length === 1 ? String(found[0]?.id) : undefined;
      } else if (target !== null) {
        to =
          list === 'tag'
            ? tags.has(target)
              ? target
              : undefined
            : codeOf.get(list)?.get(valueKey(target));
      }
      if (to === undefined) {
        problems.push(
          `${label}「${written}」→「${target ?? ''}」: ${label}${list === 'staff' ? 'の職員' : 'の一覧'}に見つかりません`,
        );
      } else mappings.push({ list, written, to });
    }
  }
  if (problems.length > 0) throw refused(filePath, problems);
  return mappings;
}
