import { homeDashboard } from '../../services/dashboard/homeDashboard';
import type { DomainHandlers } from '../handlerTypes';

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.home': ({ db, actor, clock }) => homeDashboard(db, actor, clock),
};
