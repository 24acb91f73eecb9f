import type { WriteTx } from '../../../../db/database';
import { prepareInsert } from '../../../../db/repositories/preparedInsert';
import { createdColumns, type Stamp } from '../../../../db/repositories/stamp';
import { caseField, caseTag, consent, household, person, supportCase } from '../../../../db/schema';
import { kanaKey, nameKey, phoneKey } from '../../text/normalize';
import type { CaseNumber } from './caseNumbering';
import type { ConsultationDraft } from './parseConsultationRow';

/** A new person in a new household, from a ledger row. */
export type NewSubject = { personId: number; householdId: number };

/**
 * The rows an imported consultation becomes, through statements prepared once per import. The
 * same columns 相談受付 writes; nothing else (no 来談者, 緊急度 普通, not 閲覧制限).
 */
export function prepareConsultationRecords(tx: WriteTx, stamp: Stamp) {
  const insert = {
    household: prepareInsert(tx, household),
    person: prepareInsert(tx, person),
    supportCase: prepareInsert(tx, supportCase),
    caseField: prepareInsert(tx, caseField),
    caseTag: prepareInsert(tx, caseTag),
    consent: prepareInsert(tx, consent),
  };
  const stamped = createdColumns(stamp);

  /** The row's 本人 as a new person, alone in a new household at the row's address. */
  function newSubject(draft: ConsultationDraft): NewSubject {
    const householdId = insert.household({
      postalCode: draft.postalCode,
      address: draft.address,
      building: '',
      district: '',
      housingType: '',
      memo: '',
      ...stamped,
    });
    // What 世帯を登録 stores: names as written, plus the keys matching and search use.
    const personId = insert.person({
      householdId,
      name: draft.name,
      nameKana: draft.nameKana,
      nameKey: nameKey(draft.name),
      kanaKey: kanaKey(draft.nameKana),
      birthDate: draft.birthDate,
      sex: draft.sex,
      relationship: '',
      livesTogether: true,
      phone: draft.phone,
      phoneKey: phoneKey(draft.phone),
      mobilePhone: '',
      mobilePhoneKey: '',
      email: '',
      disabilityBook: '',
      careLevel: '',
      livelihood: '',
      memo: '',
      ...stamped,
    });
    return { personId, householdId };
  }

  /** The case with its 相談分野, 課題 and, when the ledger says, a 相談申込 consent record. */
  function consultation(draft: ConsultationDraft, subject: NewSubject, number: CaseNumber): number {
    const { staffId } = draft;
    const caseId = insert.supportCase({
      ...number,
      householdId: subject.householdId,
      personId: subject.personId,
      receivedOn: draft.receivedOn,
      receivedBy: staffId,
      route: draft.route,
      closeReasonCode: null,
      visitorName: '',
      visitorRelation: '',
      visitorPhone: '',
      mainTag: '',
      chiefComplaint: draft.chiefComplaint,
      urgency: 'normal',
      stage: draft.closedOn === null ? 'intake' : 'closed',
      mainStaffId: staffId,
      subStaffId: null,
      mainAgencyId: null,
      coordination: false,
      coordinationOn: null,
      outreach: false,
      restricted: false,
      closedOn: draft.closedOn,
      suspendedOn: null,
      closeReason: '',
      ...stamped,
    });
    for (const field of draft.fields) insert.caseField({ caseId, field });
    for (const tag of draft.tags) insert.caseTag({ caseId, tag });
    if (draft.consent !== 'unconfirmed') {
      // The ledger says only あり/なし: recorded as the 相談申込 consent (the narrowest kind), on
      // 受付日, how it was obtained unknown.
      insert.consent({
        caseId,
        personId: subject.personId,
        kind: 'application',
        state: draft.consent,
        recordedOn: draft.receivedOn,
        method: null,
        proxyName: '',
        obtainedBy: staffId,
        note: '旧台帳（Excel）から取り込み',
        ...stamped,
      });
    }
    return caseId;
  }

  return { newSubject, consultation };
}
