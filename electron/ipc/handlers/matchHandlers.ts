import { followUpMatch } from '../../services/participation/followUpMatch';
import { getMatch, listMatches } from '../../services/participation/matchReads';
import { createMatch, updateMatch } from '../../services/participation/matchRecords';
import type { DomainHandlers } from '../handlerTypes';

export const matchHandlers: DomainHandlers<'match'> = {
  'match.create': ({ db, actor, clock }, input) => createMatch(db, actor, clock, input),
  'match.update': ({ db, actor, clock }, input) => updateMatch(db, actor, clock, input),
  'match.followUp': ({ db, actor, clock }, input) => followUpMatch(db, actor, clock, input),
  'match.get': ({ db, actor, clock }, input) => getMatch(db, actor, clock, input),
  'match.list': ({ db, actor, clock }, input) => listMatches(db, actor, clock, input),
};
