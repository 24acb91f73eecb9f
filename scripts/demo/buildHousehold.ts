import type { household, person } from '../../db/schema';
import type { Sex } from '../../electron/contract/caseCodes';
import { kanaKey, nameKey, phoneKey } from '../../electron/services/text/normalize';
import type { Archetype, MemberSpec } from './archetypes';
import { birthDayFor, isoDateOf } from './demoCalendar';
import type { InsertRow } from './demoInserts';
import { familyNames, givenNames, type Generation, type NamePart } from './names';
import type { Rng } from './rng';
import { districts, housings, townName, type Area } from './town';

export type MemberDraft = {
  row: Omit<InsertRow<typeof person>, 'householdId'>;
  sex: 'male' | 'female';
  age: number;
};

/** A household and its members, ready to write (ids come when they are inserted). */
export type HouseholdDraft = {
  row: InsertRow<typeof household>;
  area: Area;
  members: MemberDraft[];
};

/** Family and given name are written apart by a full-width space, as on most forms. */
const wideSpace = '\u3000';

type Stamps = { createdAt: string; updatedAt: string; createdBy: number; updatedBy: number };

/** Builds a household of the archetype: address in みどり町, members with names, ages and keys. */
export function buildHousehold(
  rng: Rng,
  archetype: Archetype,
  today: number,
  stamps: Stamps,
): HouseholdDraft {
  const district = rng.pick(districts);
  const housing = pickWeighted(rng, housings);
  const hidden = archetype.cases.some((c) => c.restricted === true);
  const building =
    housing.buildings.length > 0
      ? `${rng.pick(housing.buildings)} ${rng.int(1, 3)}0${rng.int(1, 8)}号室`
      : '';
  const row: InsertRow<typeof household> = {
    postalCode: district.postalCode,
    address: hidden
      ? `${townName}${district.name}（詳細は担当者のみ把握）`
      : `${townName}${district.name}${rng.int(1, district.chome)}丁目${rng.int(1, 30)}-${rng.int(1, 20)}`,
    building: hidden ? '' : building,
    district: `${district.area}・${district.name}`,
    housingType: housing.type,
    memo: archetype.memo,
    ...stamps,
  };
  const family = pickWeighted(rng, familyNames);
  const members = archetype.members.map((spec) =>
    buildMember(
      rng,
      spec,
      spec.ownFamilyName ? pickWeighted(rng, familyNames) : family,
      today,
      stamps,
    ),
  );
  return { row, area: district.area, members };
}

function buildMember(
  rng: Rng,
  spec: MemberSpec,
  family: NamePart,
  today: number,
  stamps: Stamps,
): MemberDraft {
  const sex = spec.sex === 'either' ? (rng.chance(0.5) ? 'male' : 'female') : spec.sex;
  const age = rng.int(spec.age[0], spec.age[1]);
  const birthDate = isoDateOf(birthDayFor(today, age, rng.int(0, 364)));
  const given = rng.pick(givenNames[generationOf(birthDate)][sex]);
  const name = `${family.kanji}${wideSpace}${given.kanji}`;
  const kana = `${family.kana}${wideSpace}${given.kana}`;
  const nameKana = rng.chance(0.15) ? toKatakana(kana) : kana;
  const phone = phoneFor(rng, spec.phone);
  return {
    sex,
    age,
    row: {
      name,
      nameKana,
      nameKey: nameKey(name),
      kanaKey: kanaKey(nameKana),
      birthDate,
      sex: sex satisfies Sex,
      relationship: relationshipFor(spec.relationship, sex),
      livesTogether: spec.livesTogether ?? true,
      // A number drawn as a mobile one is the 携帯 field; the 自宅 field keeps landlines.
      phone: spec.phone === 'mobile' ? '' : phone,
      phoneKey: spec.phone === 'mobile' ? '' : phoneKey(phone),
      mobilePhone: spec.phone === 'mobile' ? phone : '',
      mobilePhoneKey: spec.phone === 'mobile' ? phoneKey(phone) : '',
      email: '',
      disabilityBook: spec.disabilityBooks ? rng.pick(spec.disabilityBooks) : '',
      careLevel: spec.careLevels ? rng.pick(spec.careLevels) : '',
      livelihood: rng.pick(spec.livelihoods),
      memo: '',
      ...stamps,
    },
  };
}

/** 続柄 written for the member's sex (a daughter in a 長男 slot is 長女). */
export function relationshipFor(relationship: string, sex: 'male' | 'female'): string {
  const bySex: Record<string, readonly [string, string]> = {
    長男: ['長男', '長女'],
    長女: ['長男', '長女'],
    次男: ['次男', '二女'],
    親: ['父', '母'],
  };
  const pair = bySex[relationship];
  return pair ? pair[sex === 'male' ? 0 : 1] : relationship;
}

function generationOf(birthDate: string): Generation {
  const year = Number(birthDate.slice(0, 4));
  return year < 1960 ? 'senior' : year < 1991 ? 'middle' : 'young';
}

/** Fictional numbers: a 市内局番 or mobile block starting with 0 is never assigned in Japan. */
function phoneFor(rng: Rng, kind: MemberSpec['phone']): string {
  const last = String(rng.int(0, 9999)).padStart(4, '0');
  if (kind === 'home') return `099-0${rng.int(10, 99)}-${last}`;
  if (kind === 'mobile') return `090-0${rng.int(100, 999)}-${last}`;
  return '';
}

function toKatakana(hiragana: string): string {
  return hiragana.replace(/[\u3041-\u3096]/gu, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) + 0x60),
  );
}

function pickWeighted<T>(rng: Rng, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let ticket = rng.next() * total;
  for (const [item, weight] of items) {
    ticket -= weight;
    if (ticket < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new RangeError('pick from an empty list');
  return last[0];
}
