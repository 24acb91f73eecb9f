import { getCodeList, saveCodeList } from '../../services/directory/codeListService';
import type { DomainHandlers } from '../handlerTypes';

export const codeListHandlers: DomainHandlers<'codeList'> = {
  'codeList.get': ({ db, actor, clock }, input) => getCodeList(db, actor, clock, input),
  'codeList.save': ({ db, actor, clock }, input) => saveCodeList(db, actor, clock, input),
};
