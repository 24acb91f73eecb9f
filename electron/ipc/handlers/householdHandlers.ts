import { getHousehold } from '../../services/cases/householdDetail';
import { createHousehold, updateHousehold } from '../../services/cases/householdService';
import type { DomainHandlers } from '../handlerTypes';

export const householdHandlers: DomainHandlers<'household'> = {
  'household.create': ({ db, actor, clock }, input) => createHousehold(db, actor, clock, input),
  'household.get': ({ db, actor, clock }, input) => getHousehold(db, actor, clock, input),
  'household.update': ({ db, actor, clock }, input) => updateHousehold(db, actor, clock, input),
};
