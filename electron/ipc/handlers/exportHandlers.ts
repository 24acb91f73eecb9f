import { exportCaseList } from '../../services/excel/caseList/exportCaseList';
import { exportReport } from '../../services/excel/report/exportReport';
import type { DomainHandlers } from '../handlerTypes';

export const exportHandlers: DomainHandlers<'export'> = {
  'export.report': ({ db, actor, clock, fileSaver }, input) =>
    exportReport(db, actor, clock, fileSaver, input),
  'export.cases': ({ db, actor, clock, fileSaver }, input) =>
    exportCaseList(db, actor, clock, fileSaver, input),
};
