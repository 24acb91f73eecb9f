import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { person } from '../../../db/schema';
import type { PersonHit } from '../../contract/schemas/directory';
import type { Actor } from '../audit/actor';
import { visibleHouseholdSql } from '../cases/caseAccess';
import { ftsString, likeContains, likeEscape, prefixUpperBound } from './ftsQuery';
import { codePointLength, trigramMinLength, type SearchTerms } from './searchTerms';

type IdQuery = (limit: number) => number[];

/**
 * People whose 氏名, ふりがな or 電話 match, best first: exact keys, then keys starting with the
 * query, then keys containing it. Each step is one index search (or, for 1–2 characters, a scan
 * of a small key index) and stops at `limit`; later steps run only while the list is short.
 * People of a household hidden by 閲覧制限 are never found.
 */
export function searchPersons(
  db: ReadDb,
  actor: Actor,
  terms: SearchTerms,
  limit: number,
): PersonHit[] {
  const visible = visibleHouseholdSql(actor, sql`${person.householdId}`);
  const byKey = (where: SQL, key: SQL): IdQuery => {
    return (n) =>
      db
        .select({ id: person.id })
        .from(person)
        .where(and(where, visible))
        .orderBy(asc(key), asc(person.id))
        .limit(n)
        .all()
        .map((row) => row.id);
  };
  // A query in kana is most likely a ふりがな: its steps go first, so they fill the list first.
  const keys: Array<[SQL, string]> = [[sql`${person.nameKey}`, terms.nameKey]];
  if (terms.kanaKey) keys.unshift([sql`${person.kanaKey}`, terms.kanaKey]);
  if (terms.phoneDigits) {
    keys.push([sql`${person.phoneKey}`, terms.phoneDigits]);
    keys.push([sql`${person.mobilePhoneKey}`, terms.phoneDigits]);
  }

  const steps: IdQuery[] = [
    ...keys.map(([column, value]) => byKey(eq(column, value), column)),
    ...keys.map(([column, value]) =>
      byKey(sql`${column} >= ${value} AND ${column} < ${prefixUpperBound(value)}`, column),
    ),
  ];
  const containsForms = keys.map(([, value]) => value);
  if (containsForms.some((form) => codePointLength(form) >= trigramMinLength)) {
    steps.push(containsByTrigram(db, visible, containsForms));
  } else {
    // 1–2 characters (山田, 森): trigrams cannot match, so scan the key indexes for a substring;
    // each scan reads only (key, household) pairs and stops at `limit` hits.
    for (const [column, value] of keys) {
      steps.push(byKey(sql`${column} LIKE ${likeContains(value)} ESCAPE ${likeEscape}`, column));
    }
  }

  const ids: number[] = [];
  for (const step of steps) {
    if (ids.length >= limit) break;
    for (const id of step(limit)) if (!ids.includes(id)) ids.push(id);
  }
  return personHits(db, ids.slice(0, limit));
}

/** People whose indexed text (names, ふりがな, keys, phone digits) contains any of `forms`. */
function containsByTrigram(db: ReadDb, visible: SQL, forms: string[]): IdQuery {
  const match = forms
    .filter((form) => codePointLength(form) >= trigramMinLength)
    .map(ftsString)
    .join(' OR ');
  return (n) =>
    db
      .all<{ id: number }>(
        sql`SELECT ${person.id} AS id
          FROM person_fts CROSS JOIN ${person} ON ${person.id} = person_fts.rowid
          WHERE person_fts MATCH ${match} AND ${visible} ORDER BY person_fts.rowid LIMIT ${n}`,
      )
      .map((row) => row.id);
}

/** The hits for these ids, in this order. */
function personHits(db: ReadDb, ids: number[]): PersonHit[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: person.id,
      householdId: person.householdId,
      name: person.name,
      nameKana: person.nameKana,
      birthDate: person.birthDate,
      phone: person.phone,
      mobilePhone: person.mobilePhone,
    })
    .from(person)
    .where(inArray(person.id, ids))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
