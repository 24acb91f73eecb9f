import { recordSearch } from '../../services/search/recordSearch';
import { searchAll } from '../../services/search/searchAll';
import type { DomainHandlers } from '../handlerTypes';

export const searchHandlers: DomainHandlers<'search'> = {
  'search.query': ({ db, actor, clock }, input) => {
    const result = searchAll(db, actor, input);
    recordSearch(db, actor, clock, input.q, result);
    return result;
  },
};
