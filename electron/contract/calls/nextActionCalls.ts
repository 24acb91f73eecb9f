import { writers } from '../roles';
import { defineCall } from '../defineCall';
import type { NextActionDue } from '../schemas/caseWork';
import { nextActionCompleteInput } from '../schemas/nextAction';

export const nextActionCalls = {
  /** Marks a dated 次の対応 done (by whom and when are kept; audited). */
  'nextAction.complete': defineCall<NextActionDue>()({
    input: nextActionCompleteInput,
    access: writers,
  }),
} as const;
