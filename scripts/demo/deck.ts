import type { Rng } from './rng';

/**
 * A shuffled bag of weighted values, drawn without replacement and reshuffled when empty. Every
 * value with weight ≥ 1 comes up once per cycle, so small data sets still show every stage,
 * route and consent state, and large ones have exactly the intended proportions.
 */
export class Deck<T> {
  private readonly cards: T[];
  private position: number;

  constructor(
    private readonly rng: Rng,
    weights: ReadonlyArray<readonly [T, number]>,
  ) {
    this.cards = weights.flatMap(([value, weight]) => Array.from({ length: weight }, () => value));
    if (this.cards.length === 0) throw new RangeError('a deck needs at least one card');
    this.position = this.cards.length;
  }

  draw(): T {
    if (this.position >= this.cards.length) {
      this.rng.shuffle(this.cards);
      this.position = 0;
    }
    return this.cards[this.position++] as T;
  }
}
