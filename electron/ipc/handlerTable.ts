import type { Handlers } from './handlerTypes';
import { appHandlers } from './handlers/appHandlers';
import { authHandlers } from './handlers/authHandlers';
import { settingsHandlers } from './handlers/settingsHandlers';
import { setupHandlers } from './handlers/setupHandlers';

/**
 * The one handler table. Each domain table holds exactly its own `domain.*` names (a mapped
 * type), so no name can appear twice and this object has every contract entry or does not compile.
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...settingsHandlers,
};
