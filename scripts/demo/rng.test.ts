import { describe, expect, it } from 'vitest';
import { Deck } from './deck';
import { spread } from './planCases';
import { Rng } from './rng';

const draws = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.next());

describe('Rng', () => {
  it('repeats for the same seed and stream, and differs across seeds and streams', () => {
    expect(draws(new Rng(1), 20)).toEqual(draws(new Rng(1), 20));
    expect(draws(new Rng(1), 20)).not.toEqual(draws(new Rng(2), 20));
    expect(draws(new Rng(1, 1), 20)).not.toEqual(draws(new Rng(1, 2), 20));
  });

  it('stays in range: next in [0, 1), int within both bounds, all of them reached', () => {
    const rng = new Rng(42);
    const ints = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      ints.add(rng.int(3, 7));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('samples distinct items', () => {
    const picked = new Rng(5).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(new Rng(5).sample(['a'], 3)).toEqual(['a']);
  });
});

describe('Deck', () => {
  it('deals every value once per cycle, in its weight', () => {
    const deck = new Deck(new Rng(9), [
      ['x', 3],
      ['y', 1],
      ['z', 2],
    ]);
    for (let cycle = 0; cycle < 5; cycle++) {
      const hand = Array.from({ length: 6 }, () => deck.draw()).sort();
      expect(hand).toEqual(['x', 'x', 'x', 'y', 'z', 'z']);
    }
  });
});

describe('spread', () => {
  it.each([
    [10, [1, 1, 1]],
    [7, [0.2, 5, 1.3, 0]],
    [0, [1, 2]],
    [1000, [3, 1, 4, 1, 5, 9, 2, 6]],
  ])('splits %i exactly, in proportion, never below zero', (total, weights) => {
    const parts = spread(total, weights);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    const sum = weights.reduce((a, b) => a + b, 0);
    parts.forEach((part, i) => {
      expect(part).toBeGreaterThanOrEqual(0);
      expect(Math.abs(part - (total * weights[i]!) / sum)).toBeLessThan(1);
    });
  });
});
