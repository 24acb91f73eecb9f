import type { Handlers } from './handlerTypes';
import { activityHandlers } from './handlers/activityHandlers';
import { agencyHandlers } from './handlers/agencyHandlers';
import { appHandlers } from './handlers/appHandlers';
import { auditHandlers } from './handlers/auditHandlers';
import { authHandlers } from './handlers/authHandlers';
import { backupHandlers } from './handlers/backupHandlers';
import { caseAgencyHandlers } from './handlers/caseAgencyHandlers';
import { caseHandlers } from './handlers/caseHandlers';
import { codeListHandlers } from './handlers/codeListHandlers';
import { connectionHandlers } from './handlers/connectionHandlers';
import { consentHandlers } from './handlers/consentHandlers';
import { dailyRecordHandlers } from './handlers/dailyRecordHandlers';
import { dashboardHandlers } from './handlers/dashboardHandlers';
import { exportHandlers } from './handlers/exportHandlers';
import { householdHandlers } from './handlers/householdHandlers';
import { importHandlers } from './handlers/importHandlers';
import { matchHandlers } from './handlers/matchHandlers';
import { meetingHandlers } from './handlers/meetingHandlers';
import { meetingPrintHandlers } from './handlers/meetingPrintHandlers';
import { nextActionHandlers } from './handlers/nextActionHandlers';
import { noteHandlers } from './handlers/noteHandlers';
import { outreachHandlers } from './handlers/outreachHandlers';
import { personHandlers } from './handlers/personHandlers';
import { planHandlers } from './handlers/planHandlers';
import { printHandlers } from './handlers/printHandlers';
import { recoveryKeyHandlers } from './handlers/recoveryKeyHandlers';
import { resourceHandlers } from './handlers/resourceHandlers';
import { searchHandlers } from './handlers/searchHandlers';
import { serverHandlers } from './handlers/serverHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { setupHandlers } from './handlers/setupHandlers';
import { staffHandlers } from './handlers/staffHandlers';

/**
 * The one handler table. Each domain table holds exactly its own `domain.*` names (a mapped
 * type), so no name can appear twice and this object has every contract entry or does not compile.
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...connectionHandlers,
  ...serverHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...settingsHandlers,
  ...householdHandlers,
  ...personHandlers,
  ...caseHandlers,
  ...consentHandlers,
  ...noteHandlers,
  ...nextActionHandlers,
  ...dailyRecordHandlers,
  ...agencyHandlers,
  ...caseAgencyHandlers,
  ...staffHandlers,
  ...codeListHandlers,
  ...searchHandlers,
  ...planHandlers,
  ...printHandlers,
  ...meetingHandlers,
  ...meetingPrintHandlers,
  ...outreachHandlers,
  ...resourceHandlers,
  ...matchHandlers,
  ...activityHandlers,
  ...dashboardHandlers,
  ...exportHandlers,
  ...recoveryKeyHandlers,
  ...importHandlers,
};
