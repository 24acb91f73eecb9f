import {
  createActivity,
  getActivity,
  listActivities,
  updateActivity,
} from '../../services/community/activityRecords';
import type { DomainHandlers } from '../handlerTypes';

export const activityHandlers: DomainHandlers<'activity'> = {
  'activity.create': ({ db, actor, clock }, input) => createActivity(db, actor, clock, input),
  'activity.update': ({ db, actor, clock }, input) => updateActivity(db, actor, clock, input),
  'activity.get': ({ db }, input) => getActivity(db, input),
  'activity.list': ({ db }, input) => listActivities(db, input),
};
