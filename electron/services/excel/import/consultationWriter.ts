import { sql } from 'drizzle-orm';
import {
  casesOfPersonsNamed,
  personsNamed,
} from '../../../../db/repositories/consultationImportQueries';
import { person } from '../../../../db/schema';
import { visibleHouseholdSql } from '../../cases/caseAccess';
import { ensureDefaultCodeLists } from '../../directory/codeListService';
import { nameKey, phoneKey } from '../../text/normalize';
import { caseNumbering } from './caseNumbering';
import type { ConsultationColumnKey } from './consultationColumns';
import { knownConsultations } from './consultationIdentity';
import { prepareConsultationRecords, type NewSubject } from './consultationRecords';
import type { ImportWriter, WriteContext, WriterTally } from './importSpec';
import type { ConsultationDraft } from './parseConsultationRow';
import { personMatcher } from './personMatcher';
import type { RowProblems } from './rowReader';

type Row = RowProblems<ConsultationColumnKey>;

/**
 * Writes ledger rows as consultations, inside the import's transaction: a row already in Kasane
 * is a duplicate; otherwise its 本人 is matched to a known person (see personMatcher) or created
 * in a new household, and the case is numbered in its 年度 (課題 and staff were checked when reading).
 */
export function openConsultationWriter(
  context: WriteContext,
  drafts: readonly ConsultationDraft[],
): ImportWriter<ConsultationColumnKey, ConsultationDraft> {
  const { tx, actor, at, stamp } = context;
  ensureDefaultCodeLists(tx, actor, at);
  // Everything known under the file's names, read once (nothing hidden by 閲覧制限 is matched).
  const names = drafts.map((draft) => nameKey(draft.name));
  const visible = visibleHouseholdSql(actor, sql`${person.householdId}`);
  const people = personMatcher(personsNamed(tx, names, visible));
  const consultations = knownConsultations(casesOfPersonsNamed(tx, names, visible));
  const nextNumber = caseNumbering(tx);
  const records = prepareConsultationRecords(tx, stamp);
  const tally: WriterTally = { newPersons: 0, matchedPersons: 0, firstId: null, lastId: null };

  function subjectOf(draft: ConsultationDraft, key: string, row: Row): NewSubject {
    const wanted = { nameKey: key, birthDate: draft.birthDate, phoneKey: phoneKey(draft.phone) };
    const same = people.find(wanted);
    if (same) {
      tally.matchedPersons += 1;
      return { personId: same.id, householdId: same.householdId };
    }
    if (draft.birthDate === null && wanted.phoneKey === '') {
      row.warning(
        'name',
        '生年月日も電話番号もないため同じ人か確かめられません。新しい人物として登録します',
      );
    }
    tally.newPersons += 1;
    const created = records.newSubject(draft);
    people.add({ id: created.personId, householdId: created.householdId, ...wanted });
    return created;
  }

  return {
    write: (draft, row) => {
      const key = nameKey(draft.name);
      const identity = { ...draft, nameKey: key };
      if (consultations.has(identity)) return 'duplicate';
      const subject = subjectOf(draft, key, row);
      const caseId = records.consultation(draft, subject, nextNumber(draft.receivedOn));
      consultations.add(identity);
      tally.firstId ??= caseId;
      tally.lastId = caseId;
      return 'ready';
    },
    tally: () => tally,
  };
}
