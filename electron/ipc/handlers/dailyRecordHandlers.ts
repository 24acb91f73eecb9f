import { getDailyRecord } from '../../services/dailyRecord/dailyRecord';
import type { DomainHandlers } from '../handlerTypes';

export const dailyRecordHandlers: DomainHandlers<'dailyRecord'> = {
  'dailyRecord.get': ({ db, actor, clock }, input) => getDailyRecord(db, actor, clock, input),
};
