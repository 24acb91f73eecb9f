import { getSettings, updateSettings } from '../../services/settings/settingsService';
import type { DomainHandlers } from '../handlerTypes';

export const settingsHandlers: DomainHandlers<'settings'> = {
  'settings.get': ({ db }) => getSettings(db),
  'settings.update': ({ db, actor, clock, session }, input) => {
    const settings = updateSettings(db, actor, clock, input);
    session.refreshSettings();
    return settings;
  },
};
