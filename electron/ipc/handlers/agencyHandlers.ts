import { createAgency, listAgencies, updateAgency } from '../../services/directory/agencyService';
import type { DomainHandlers } from '../handlerTypes';

export const agencyHandlers: DomainHandlers<'agency'> = {
  'agency.list': ({ db }, input) => listAgencies(db, input),
  'agency.create': ({ db, actor, clock }, input) => createAgency(db, actor, clock, input),
  'agency.update': ({ db, actor, clock }, input) => updateAgency(db, actor, clock, input),
};
