import { adminOnly, anyRole, writers } from '../roles';
import { defineCall } from '../defineCall';
import { noInput } from '../schemas/common';
import {
  caseAgencyRemoveInput,
  caseAgencySetInput,
  caseCloseInput,
  caseGetInput,
  caseIntakeInput,
  caseListInput,
  caseUpdateInput,
  consentRecordInput,
  noteCreateInput,
  noteUpdateInput,
  type CaseAgencyView,
  type CaseDetail,
  type CaseListResult,
  type CaseSummary,
  type ConsentView,
  type IntakeResult,
  type NoteView,
} from '../schemas/caseWork';
import {
  agencyCreateInput,
  agencyListInput,
  agencyUpdateInput,
  codeListGetInput,
  codeListSaveInput,
  searchInput,
  type AgencyView,
  type CodeListEntry,
  type SearchResult,
  type StaffOption,
} from '../schemas/directory';
import {
  consentCorrectInput,
  historyGetInput,
  noteWithdrawInput,
  type RecordHistory,
} from '../schemas/history';
import {
  householdCreateInput,
  householdGetInput,
  householdUpdateInput,
  personCreateInput,
  personFindSameInput,
  personGetInput,
  personUpdateInput,
  type HouseholdView,
  type PersonView,
} from '../schemas/household';

/** 世帯まるごと: the household, every member, every case (that the user may see), every agency. */
export type HouseholdDetail = {
  household: HouseholdView;
  members: PersonView[];
  cases: CaseSummary[];
  agencies: Array<CaseAgencyView & { caseNumbers: string[] }>;
  notes: NoteView[];
};

export const caseWorkCalls = {
  /** Registers a household with its members (at least one). */
  'household.create': defineCall<HouseholdDetail>()({
    input: householdCreateInput,
    access: writers,
  }),
  /** The household screen (世帯まるごと); audited as a view. */
  'household.get': defineCall<HouseholdDetail>()({ input: householdGetInput, access: anyRole }),
  /** Changes the household's address and notes. */
  'household.update': defineCall<HouseholdView>()({ input: householdUpdateInput, access: writers }),
  /** Adds a member to a household. */
  'person.create': defineCall<PersonView>()({ input: personCreateInput, access: writers }),
  /** Changes a person's details. */
  'person.update': defineCall<PersonView>()({ input: personUpdateInput, access: writers }),
  /** One person (相談受付 opened for them by its address names them); audited as a view. */
  'person.get': defineCall<PersonView>()({ input: personGetInput, access: anyRole }),
  /** People already registered who may be this one (asked before creating a duplicate). */
  'person.findSame': defineCall<PersonView[]>()({ input: personFindSameInput, access: writers }),
  /** 相談受付: creates the case (number by 年度) and, if needed, the person and household. */
  'case.intake': defineCall<IntakeResult>()({ input: caseIntakeInput, access: writers }),
  /** The case screen with consent, agencies and the notes timeline; audited as a view. */
  'case.get': defineCall<CaseDetail>()({ input: caseGetInput, access: anyRole }),
  /** Changes the case header (stage, staff, flags, fields, tags …). */
  'case.update': defineCall<CaseDetail>()({ input: caseUpdateInput, access: writers }),
  /** The case header's 訂正履歴 (every earlier version); audited as a view. */
  'case.history': defineCall<RecordHistory>()({ input: historyGetInput, access: anyRole }),
  /** 終結 with date and reason. */
  'case.close': defineCall<CaseDetail>()({ input: caseCloseInput, access: writers }),
  /** The case list: filtered, sorted, a page at a time (keyset). */
  'case.list': defineCall<CaseListResult>()({ input: caseListInput, access: anyRole }),
  /** Records a 本人同意 state (a new row; history is kept). */
  'consent.record': defineCall<ConsentView>()({ input: consentRecordInput, access: writers }),
  /** Corrects a 本人同意 record written wrongly; the earlier version is kept. */
  'consent.correct': defineCall<ConsentView>()({ input: consentCorrectInput, access: writers }),
  /** A 本人同意 record's 訂正履歴; audited as a view. */
  'consent.history': defineCall<RecordHistory>()({ input: historyGetInput, access: anyRole }),
  /** Adds a 経過記録. */
  'note.create': defineCall<NoteView>()({ input: noteCreateInput, access: writers }),
  /** Corrects a 経過記録; the earlier version is kept (訂正履歴) and the change audited. */
  'note.update': defineCall<NoteView>()({ input: noteUpdateInput, access: writers }),
  /** 取消 of a 経過記録 written in error: kept and shown as withdrawn, with the reason. */
  'note.withdraw': defineCall<NoteView>()({ input: noteWithdrawInput, access: writers }),
  /** A 経過記録's 訂正履歴 (every earlier version, and its 取消); audited as a view. */
  'note.history': defineCall<RecordHistory>()({ input: historyGetInput, access: anyRole }),
  /** The 関係機関 directory. */
  'agency.list': defineCall<AgencyView[]>()({ input: agencyListInput, access: anyRole }),
  'agency.create': defineCall<AgencyView>()({ input: agencyCreateInput, access: writers }),
  'agency.update': defineCall<AgencyView>()({ input: agencyUpdateInput, access: writers }),
  /** Adds an agency to a case, or changes its 役割分担. */
  'caseAgency.set': defineCall<CaseAgencyView[]>()({ input: caseAgencySetInput, access: writers }),
  'caseAgency.remove': defineCall<CaseAgencyView[]>()({
    input: caseAgencyRemoveInput,
    access: writers,
  }),
  /** Staff for pick lists (受付者, 主担当, 副担当). */
  'staff.options': defineCall<StaffOption[]>()({ input: noInput, access: anyRole }),
  /** An editable label list (課題 tags). */
  'codeList.get': defineCall<CodeListEntry[]>()({ input: codeListGetInput, access: anyRole }),
  /** Replaces a label list (管理者 only). */
  'codeList.save': defineCall<CodeListEntry[]>()({ input: codeListSaveInput, access: adminOnly }),
  /** One search box: names, ふりがな, phone, case numbers, 主訴 and notes. */
  'search.query': defineCall<SearchResult>()({ input: searchInput, access: anyRole }),
} as const;
