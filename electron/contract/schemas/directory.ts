import { agencyKinds, type AgencyKind } from '../caseCodes';
import type { Role } from '../roles';
import { z } from '../zodJapanese';
import { idSchema, lineSchema, requiredLineSchema, textSchema } from './fieldSchemas';

const agencyFields = z.strictObject({
  name: requiredLineSchema('機関名', 100),
  kind: z.enum(agencyKinds.codes, { error: '種別を選んでください' }),
  contactPerson: lineSchema('担当者', 100).default(''),
  phone: lineSchema('電話', 50).default(''),
  address: lineSchema('所在地', 200).default(''),
  shienMeetingMember: z.boolean().default(false),
  active: z.boolean().default(true),
  memo: textSchema('メモ', 2000).default(''),
});

export const agencyCreateInput = z.strictObject({ agency: agencyFields });
export const agencyUpdateInput = z.strictObject({ id: idSchema, agency: agencyFields });
export const agencyListInput = z.strictObject({ includeInactive: z.boolean().default(false) });

export type AgencyView = z.output<typeof agencyFields> & { id: number; kind: AgencyKind };

/** A staff member as pick lists show them (受付者, 主担当). */
export type StaffOption = { id: number; displayName: string; role: Role; active: boolean };

/** The editable label lists. */
export const codeLists = ['issueTag'] as const;
export type CodeListName = (typeof codeLists)[number];

export const codeListGetInput = z.strictObject({ list: z.enum(codeLists) });
export const codeListSaveInput = z.strictObject({
  list: z.enum(codeLists),
  /** The whole list in display order; labels missing from it are retired (old records keep them). */
  labels: z.array(requiredLineSchema('項目', 50)).max(200),
});
export type CodeListEntry = { label: string; active: boolean };

export const searchInput = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, { error: '検索する言葉を入力してください' })
    .max(100, { error: '検索する言葉は100文字以内にしてください' })
    // A NUL or other control character breaks the full-text query (found by the hostile test).
    .regex(/^[^\p{Cc}]*$/u, { error: '検索する言葉に使えない文字が含まれています' }),
  limit: z.number().int().min(1).max(100).default(30),
});

export type PersonHit = {
  id: number;
  householdId: number;
  name: string;
  nameKana: string;
  birthDate: string | null;
  phone: string;
  mobilePhone: string;
};

export type CaseHit = {
  id: number;
  caseNumber: string;
  personName: string;
  stage: string;
  receivedOn: string;
  /** Where the words were found, and a short excerpt around them. */
  matchedIn: 'caseNumber' | 'chiefComplaint' | 'note' | 'person';
  excerpt: string;
};

export type SearchResult = { persons: PersonHit[]; cases: CaseHit[] };
