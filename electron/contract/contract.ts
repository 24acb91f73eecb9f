import { accountCalls } from './calls/accountCalls';
import { auditCalls } from './calls/auditCalls';
import { backupCalls } from './calls/backupCalls';
import { caseWorkCalls } from './calls/caseWorkCalls';
import { communityCalls } from './calls/communityCalls';
import { connectionCalls } from './calls/connectionCalls';
import { dailyRecordCalls } from './calls/dailyRecordCalls';
import { exportCalls } from './calls/exportCalls';
import { foundationCalls } from './calls/foundationCalls';
import { importCalls } from './calls/importCalls';
import { meetingCalls } from './calls/meetingCalls';
import { nextActionCalls } from './calls/nextActionCalls';
import { planCalls } from './calls/planCalls';
import { printCalls } from './calls/printCalls';
import { recoveryKeyCalls } from './calls/recoveryKeyCalls';
import { serverCalls } from './calls/serverCalls';

/**
 * Every call the UI can make, in one table merged from the domain tables. Names are
 * `noun.verb`; the handler table in electron/ipc is a mapped type over this object, so a
 * missing or extra handler does not compile.
 */
export const contract = {
  ...foundationCalls,
  ...caseWorkCalls,
  ...printCalls,
  ...planCalls,
  ...meetingCalls,
  ...communityCalls,
  ...accountCalls,
  ...backupCalls,
  ...auditCalls,
  ...exportCalls,
  ...importCalls,
  ...recoveryKeyCalls,
  ...nextActionCalls,
  ...dailyRecordCalls,
  ...connectionCalls,
  ...serverCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
