import { fields, routes } from '../caseCodes';
import { z } from '../zodJapanese';
import { lineSchema } from './fieldSchemas';

/** The lists a word written in a ledger is read against, and can be mapped to a value of. */
export const importWordLists = ['staff', 'route', 'field', 'tag'] as const;
export type ImportWordList = (typeof importWordLists)[number];

export const importWordListLabels: Record<ImportWordList, string> = {
  staff: '担当者',
  route: '相談経路',
  field: '相談分野',
  tag: '課題',
};

const routeCodes = new Set<string>(routes.codes);
const fieldCodes = new Set<string>(fields.codes);

/**
 * One written word read as a value of a list for every row of the file that has it: a staff
 * member's id (null: import without a 担当者), a 相談経路 or 相談分野 code, or a label of the 課題
 * list. Remembered for the next import once an import with it is written.
 */
export const importMappingSchema = z
  .strictObject({
    list: z.enum(importWordLists),
    written: lineSchema('ファイルの言葉', 100).min(1, { error: 'ファイルの言葉がありません' }),
    to: z.string().max(100).nullable(),
  })
  .superRefine((mapping, context) => {
    const { list, to } = mapping;
    const fine =
      list === 'staff'
        ? to === null || /^[1-9]\d{0,9}$/u.test(to)
        : to !== null &&
          (list === 'route'
            ? routeCodes.has(to)
            : list === 'field'
              ? fieldCodes.has(to)
              : to.trim() !== '');
    if (!fine) {
      context.addIssue({
        code: 'custom',
        path: ['to'],
        message: `「${mapping.written}」を読み替える${importWordListLabels[list]}を選んでください`,
      });
    }
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** The mappings sent with a file (each word of each list at most once). */
export const importMappingsSchema = z.array(importMappingSchema).max(500).default([]);

/**
 * A word of the file the lists did not take as written: on no list (unknown), read through a
 * mapping (given with the file, or remembered from an earlier import), or a staff member found
 * by 姓 alone. `to` is what it is read as (a staff id as text, a code, a 課題 label); null when
 * unknown, or for a staff name mapped to no one.
 */
export type ImportWord = {
  list: ImportWordList;
  written: string;
  /** Rows of the file it is on, and the first of them. */
  rows: number;
  firstRow: number;
  how: 'unknown' | 'mapped' | 'remembered' | 'surname';
  to: string | null;
};
