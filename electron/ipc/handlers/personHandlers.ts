import {
  createPerson,
  findSamePersons,
  getPerson,
  updatePerson,
} from '../../services/cases/personService';
import type { DomainHandlers } from '../handlerTypes';

export const personHandlers: DomainHandlers<'person'> = {
  'person.create': ({ db, actor, clock }, input) => createPerson(db, actor, clock, input),
  'person.update': ({ db, actor, clock }, input) => updatePerson(db, actor, clock, input),
  'person.get': ({ db, actor, clock }, input) => getPerson(db, actor, clock, input),
  'person.findSame': ({ db, actor, clock }, input) => findSamePersons(db, actor, clock, input),
};
