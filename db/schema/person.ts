import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sexes } from '../../electron/contract/caseCodes';
import { stampColumns } from './columns';
import { household } from './household';

/**
 * 人物. Names are kept exactly as typed (IVS and rare kanji included); `nameKey`, `kanaKey` and
 * `phoneKey` are normalised copies used only for matching and search.
 */
export const person = sqliteTable(
  'person',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => household.id),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull().default(''),
    nameKey: text('name_key').notNull(),
    kanaKey: text('kana_key').notNull().default(''),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: sexes.codes }),
    /** 続柄 to the household's head, as written (本人, 母, 長男 …). */
    relationship: text('relationship').notNull().default(''),
    livesTogether: integer('lives_together', { mode: 'boolean' }).notNull().default(true),
    /** 電話（自宅）. */
    phone: text('phone').notNull().default(''),
    phoneKey: text('phone_key').notNull().default(''),
    /** 電話（携帯）: the 相談受付・申込票 asks for both; searched like the first. */
    mobilePhone: text('mobile_phone').notNull().default(''),
    mobilePhoneKey: text('mobile_phone_key').notNull().default(''),
    email: text('email').notNull().default(''),
    /** 手帳 (身体・療育・精神 and grade) as written. */
    disabilityBook: text('disability_book').notNull().default(''),
    /** 要介護度 as written (要支援1 … 要介護5). */
    careLevel: text('care_level').notNull().default(''),
    /** 就労・保険・年金 where known. */
    livelihood: text('livelihood').notNull().default(''),
    memo: text('memo').notNull().default(''),
    ...stampColumns,
  },
  (t) => [
    index('person_household').on(t.householdId),
    index('person_name_key').on(t.nameKey),
    index('person_kana_key').on(t.kanaKey),
    index('person_phone_key').on(t.phoneKey),
    index('person_mobile_phone_key').on(t.mobilePhoneKey),
    index('person_birth').on(t.nameKey, t.birthDate),
  ],
);

export type PersonRow = typeof person.$inferSelect;
