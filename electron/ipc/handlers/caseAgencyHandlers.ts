import { removeCaseAgency, setCaseAgency } from '../../services/cases/caseAgencyService';
import type { DomainHandlers } from '../handlerTypes';

export const caseAgencyHandlers: DomainHandlers<'caseAgency'> = {
  'caseAgency.set': ({ db, actor, clock }, input) => setCaseAgency(db, actor, clock, input),
  'caseAgency.remove': ({ db, actor, clock }, input) => removeCaseAgency(db, actor, clock, input),
};
