/**
 * みどり町, the fictional town of the demo: two 圏域 and their 地区 with postal codes, and the
 * forms of housing. Data only.
 */

export const townName = 'みどり町';

export type Area = '北圏域' | '南圏域';

export type District = { name: string; area: Area; postalCode: string; chome: number };

export const districts: readonly District[] = [
  { name: '本町', area: '北圏域', postalCode: '000-0101', chome: 4 },
  { name: '緑ヶ丘', area: '北圏域', postalCode: '000-0102', chome: 5 },
  { name: '山の手', area: '北圏域', postalCode: '000-0103', chome: 3 },
  { name: '川西', area: '南圏域', postalCode: '000-0111', chome: 4 },
  { name: '新田', area: '南圏域', postalCode: '000-0112', chome: 3 },
  { name: '港', area: '南圏域', postalCode: '000-0113', chome: 2 },
];

export type Housing = { type: string; buildings: readonly string[] };

/** Forms of housing with a relative frequency; apartments come with building names. */
export const housings: ReadonlyArray<readonly [Housing, number]> = [
  [{ type: '持ち家（一戸建て）', buildings: [] }, 10],
  [
    {
      type: '民間賃貸（アパート）',
      buildings: ['コーポみどり', 'ハイツ若葉', 'メゾン川西', 'グリーンハイム'],
    },
    5,
  ],
  [{ type: '町営住宅', buildings: ['町営本町団地', '町営新田団地'] }, 3],
  [{ type: '借家（一戸建て）', buildings: [] }, 2],
];
