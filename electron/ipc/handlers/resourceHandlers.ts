import {
  createResource,
  getResource,
  listResources,
  updateResource,
} from '../../services/participation/resourceRecords';
import { findResources } from '../../services/participation/findResources';
import type { DomainHandlers } from '../handlerTypes';

export const resourceHandlers: DomainHandlers<'resource'> = {
  'resource.create': ({ db, actor, clock }, input) => createResource(db, actor, clock, input),
  'resource.update': ({ db, actor, clock }, input) => updateResource(db, actor, clock, input),
  'resource.get': ({ db }, input) => getResource(db, input),
  'resource.list': ({ db }, input) => listResources(db, input),
  'resource.find': ({ db, actor, clock }, input) => findResources(db, actor, clock, input),
};
