export { staff, type StaffRow } from './staff';
export { setting } from './setting';
export { auditLog, type AuditRow } from './auditLog';
export { household, type HouseholdRow } from './household';
export { person, type PersonRow } from './person';
export { agency, type AgencyRow } from './agency';
export { supportCase, caseField, caseTag, caseAgency, type SupportCaseRow } from './supportCase';
export { consent, consentAgency, type ConsentRow } from './consent';
export { progressNote, type ProgressNoteRow } from './progressNote';
export { codeList } from './codeList';
export { recordRevision, type RecordRevisionRow } from './recordRevision';
export {
  supportPlan,
  planIssue,
  planGoal,
  planSupportRow,
  planEvaluation,
  planGoalEvaluation,
  type SupportPlanRow,
  type PlanGoalRow,
  type PlanEvaluationRow,
} from './supportPlan';
export {
  meeting,
  meetingAttendee,
  meetingCase,
  meetingDecision,
  meetingAction,
  type MeetingRow,
  type MeetingAttendeeRow,
  type MeetingCaseRow,
  type MeetingDecisionRow,
  type MeetingActionRow,
} from './meeting';
export {
  outreachTarget,
  outreachContact,
  type OutreachTargetRow,
  type OutreachContactRow,
} from './outreach';
export {
  resource,
  resourceField,
  participationMatch,
  participationFollowup,
  type ResourceRow,
  type ParticipationMatchRow,
  type ParticipationFollowupRow,
} from './participation';
export { communityActivity, type CommunityActivityRow } from './communityActivity';
export { nextAction, type NextActionRow } from './nextAction';
