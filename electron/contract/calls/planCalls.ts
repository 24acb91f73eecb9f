import { anyRole, writers } from '../roles';
import { defineCall } from '../defineCall';
import {
  planConfirmInput,
  planCreateInput,
  planDueInput,
  planEvaluateInput,
  planGetInput,
  planListForCaseInput,
  planRecordConsentInput,
  planReviseInput,
  planUpdateInput,
  type DuePlanPage,
  type PlanEvaluateResult,
  type PlanSummary,
  type PlanView,
} from '../schemas/plan';
import { historyGetInput, type RecordHistory } from '../schemas/history';

export const planCalls = {
  /** Writes version 1 of a case's 支援プラン as 案 (CONFLICT when the case already has one). */
  'plan.create': defineCall<PlanView>()({ input: planCreateInput, access: writers }),
  /** Saves a 案 as a whole; a 確定 or 終了 version is refused (CONFLICT). */
  'plan.update': defineCall<PlanView>()({ input: planUpdateInput, access: writers }),
  /** 案 → 確定 (who, when, approving meeting); ends the previous version; case to 支援中. */
  'plan.confirm': defineCall<PlanView>()({ input: planConfirmInput, access: writers }),
  /** 本人同意 on the plan: date and how (自署, 代筆 with the writer, 口頭). */
  'plan.recordConsent': defineCall<PlanView>()({ input: planRecordConsentInput, access: writers }),
  /** 評価: per-goal results, 本人の変化 and the decision (継続, 見直し, 終結, 中断). */
  'plan.evaluate': defineCall<PlanEvaluateResult>()({ input: planEvaluateInput, access: writers }),
  /** 見直し without an evaluation: starts the next version from the latest, prefilled. */
  'plan.revise': defineCall<PlanView>()({ input: planReviseInput, access: writers }),
  /** One version with every row and evaluation; audited as a view. */
  'plan.get': defineCall<PlanView>()({ input: planGetInput, access: anyRole }),
  /** A plan version's 訂正履歴 while it was a 案 (every earlier save); audited as a view. */
  'plan.history': defineCall<RecordHistory>()({ input: historyGetInput, access: anyRole }),
  /** A case's versions, newest first (old versions stay readable). */
  'plan.listForCase': defineCall<PlanSummary[]>()({ input: planListForCaseInput, access: anyRole }),
  /** 確定 plans whose 次回評価予定日 has come, oldest first, a page at a time (支援プラン). */
  'plan.dueForEvaluation': defineCall<DuePlanPage>()({ input: planDueInput, access: anyRole }),
} as const;
