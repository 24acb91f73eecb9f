import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stampColumns } from './columns';

/** 世帯: the unit of support. The address is the household's; members are `person` rows. */
export const household = sqliteTable(
  'household',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postalCode: text('postal_code').notNull().default(''),
    address: text('address').notNull().default(''),
    building: text('building').notNull().default(''),
    /** 地区 / 圏域 as the office names them. */
    district: text('district').notNull().default(''),
    housingType: text('housing_type').notNull().default(''),
    memo: text('memo').notNull().default(''),
    ...stampColumns,
  },
  (t) => [index('household_district').on(t.district)],
);

export type HouseholdRow = typeof household.$inferSelect;
