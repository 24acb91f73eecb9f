import { correctConsent } from '../../services/cases/correctConsent';
import { recordConsent } from '../../services/cases/recordConsent';
import { consentHistory } from '../../services/history/recordHistory';
import type { DomainHandlers } from '../handlerTypes';

export const consentHandlers: DomainHandlers<'consent'> = {
  'consent.record': ({ db, actor, clock }, input) => recordConsent(db, actor, clock, input),
  'consent.correct': ({ db, actor, clock }, input) => correctConsent(db, actor, clock, input),
  'consent.history': ({ db, actor, clock }, input) => consentHistory(db, actor, clock, input),
};
