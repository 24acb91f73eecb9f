import { getCase } from '../../services/cases/caseDetail';
import { closeCase } from '../../services/cases/closeCase';
import { intakeCase } from '../../services/cases/intakeCase';
import { listCases } from '../../services/cases/listCases';
import { updateCase } from '../../services/cases/updateCase';
import { caseHistory } from '../../services/history/recordHistory';
import type { DomainHandlers } from '../handlerTypes';

export const caseHandlers: DomainHandlers<'case'> = {
  'case.intake': ({ db, actor, clock }, input) => intakeCase(db, actor, clock, input),
  'case.get': ({ db, actor, clock }, input) => getCase(db, actor, clock, input),
  'case.update': ({ db, actor, clock }, input) => updateCase(db, actor, clock, input),
  'case.close': ({ db, actor, clock }, input) => closeCase(db, actor, clock, input),
  'case.history': ({ db, actor, clock }, input) => caseHistory(db, actor, clock, input),
  'case.list': ({ db, actor }, input) => listCases(db, actor, input),
};
