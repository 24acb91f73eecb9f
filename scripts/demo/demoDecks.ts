import type {
  ConsentMethod,
  NoteMeans,
  Route,
  Stage,
  Urgency,
} from '../../electron/contract/caseCodes';
import { archetypes, type Archetype } from './archetypes';
import { Deck } from './deck';
import type { Rng } from './rng';

/** What became of a consent of one kind: 撤回 means a 同意あり row followed by a 撤回 row. */
export type ConsentOutcome = 'given' | 'unconfirmed' | 'refused' | 'withdrawn';

/**
 * The proportions of the demo office. Weights are small integers: each deck shows every value
 * once per cycle, so 60 households already contain every stage, route and consent state.
 */
export const stageWeights: ReadonlyArray<readonly [Stage, number]> = [
  ['intake', 2],
  ['assessment', 2],
  ['planning', 2],
  ['support', 5],
  ['monitoring', 3],
  ['closed', 5],
  ['suspended', 1],
];

export function archetypeDeck(rng: Rng): Deck<Archetype> {
  return new Deck(
    rng,
    archetypes.map((a) => [a, a.weight]),
  );
}

export function stageDeck(rng: Rng): Deck<Stage> {
  return new Deck(rng, stageWeights);
}

/** The decks the detail pass draws from, in one place so their order of use stays fixed. */
export type DetailDecks = {
  route: Deck<Route>;
  urgency: Deck<Urgency>;
  method: Deck<ConsentMethod>;
  intakeApplication: Deck<ConsentOutcome>;
  infoSharing: Deck<ConsentOutcome>;
  jusouMeeting: Deck<ConsentOutcome>;
  noteMeans: Deck<NoteMeans>;
  worker: Deck<number>;
};

export function detailDecks(rng: Rng, workerIds: readonly number[]): DetailDecks {
  return {
    route: new Deck<Route>(rng, [
      ['counter', 5],
      ['phone', 5],
      ['visit', 2],
      ['outreach', 2],
      ['referral', 5],
      ['email', 1],
      ['other', 1],
    ]),
    urgency: new Deck<Urgency>(rng, [
      ['high', 2],
      ['normal', 7],
      ['low', 2],
    ]),
    method: new Deck<ConsentMethod>(rng, [
      ['signature', 6],
      ['verbal', 3],
      ['proxy', 1],
    ]),
    intakeApplication: new Deck<ConsentOutcome>(rng, [
      ['given', 1],
      ['unconfirmed', 1],
    ]),
    infoSharing: new Deck<ConsentOutcome>(rng, [
      ['given', 10],
      ['unconfirmed', 2],
      ['refused', 2],
      ['withdrawn', 1],
    ]),
    jusouMeeting: new Deck<ConsentOutcome>(rng, [
      ['given', 8],
      ['unconfirmed', 2],
      ['refused', 2],
      ['withdrawn', 1],
    ]),
    noteMeans: new Deck<NoteMeans>(rng, [
      ['homeVisit', 5],
      ['phone', 6],
      ['visitOffice', 3],
      ['agency', 4],
      ['accompany', 2],
      ['email', 1],
      ['meeting', 1],
      ['outreach', 1],
    ]),
    worker: new Deck(
      rng,
      workerIds.map((id) => [id, 1]),
    ),
  };
}
