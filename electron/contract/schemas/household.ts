import { sexes } from '../caseCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';

const postalCodeSchema = z
  .string()
  .transform((s) => s.normalize('NFKC').replace(/[\s〒]/gu, ''))
  .pipe(
    z.string().regex(/^(\d{3}-?\d{4})?$/, { error: '郵便番号は 123-4567 の形で入力してください' }),
  );

/** 世帯 fields as a form sends them. */
export const householdFields = z.strictObject({
  postalCode: postalCodeSchema.default(''),
  address: lineSchema('住所', 200).default(''),
  building: lineSchema('建物名', 100).default(''),
  district: lineSchema('地区・圏域', 50).default(''),
  housingType: lineSchema('住居形態', 50).default(''),
  memo: textSchema('メモ', 2000).default(''),
});

/** 人物 fields as a form sends them. 氏名 is required; everything else may be unknown. */
export const personFields = z.strictObject({
  name: requiredLineSchema('氏名', 100),
  nameKana: lineSchema('ふりがな', 100).default(''),
  birthDate: isoDateSchema('生年月日').nullable().default(null),
  sex: z.enum(sexes.codes).nullable().default(null),
  relationship: lineSchema('続柄', 30).default(''),
  livesTogether: z.boolean().default(true),
  /** 電話（自宅）. */
  phone: lineSchema('電話（自宅）', 50).default(''),
  mobilePhone: lineSchema('電話（携帯）', 50).default(''),
  email: lineSchema('メール', 100).default(''),
  disabilityBook: lineSchema('手帳', 100).default(''),
  careLevel: lineSchema('要介護度', 30).default(''),
  livelihood: textSchema('就労・保険・年金', 1000).default(''),
  memo: textSchema('メモ', 2000).default(''),
});

export const householdCreateInput = z.strictObject({
  household: householdFields,
  members: z.array(personFields).min(1, { error: '世帯員を1人以上登録してください' }).max(30),
});
export const householdUpdateInput = z.strictObject({ id: idSchema, household: householdFields });
export const householdGetInput = z.strictObject({ id: idSchema });

export const personCreateInput = z.strictObject({ householdId: idSchema, person: personFields });
export const personUpdateInput = z.strictObject({ id: idSchema, person: personFields });
/** The same 氏名 + 生年月日 already registered? (asked before creating a person) */
export const personGetInput = z.strictObject({ id: idSchema });

export const personFindSameInput = z.strictObject({
  name: requiredLineSchema('氏名', 100),
  /** With a 生年月日, the same ふりがな also counts (斎藤/斉藤 both read サイトウ). */
  nameKana: lineSchema('ふりがな', 100).default(''),
  birthDate: isoDateSchema('生年月日').nullable(),
});

export type HouseholdFields = z.output<typeof householdFields>;
export type PersonFields = z.output<typeof personFields>;

export type HouseholdView = HouseholdFields & { id: number };

export type PersonView = PersonFields & {
  id: number;
  householdId: number;
  /** Age today, or null when 生年月日 is unknown. */
  age: number | null;
};
