import { recordConsent } from '../../services/cases/recordConsent';
import type { DomainHandlers } from '../handlerTypes';

export const consentHandlers: DomainHandlers<'consent'> = {
  'consent.record': ({ db, actor, clock }, input) => recordConsent(db, actor, clock, input),
};
