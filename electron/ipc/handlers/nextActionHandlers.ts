import { completeNextAction } from '../../services/nextActions/completeNextAction';
import type { DomainHandlers } from '../handlerTypes';

export const nextActionHandlers: DomainHandlers<'nextAction'> = {
  'nextAction.complete': ({ db, actor, clock }, input) =>
    completeNextAction(db, actor, clock, input),
};
