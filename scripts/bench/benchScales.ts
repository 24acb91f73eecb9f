/**
 * The two data sets the bench measures (issue 10): a small town and a city of 300,000 after ten
 * years of records. Cases and notes follow from the demo generator's per-household means.
 */
export const benchScales = {
  town: { households: 2_000, casesPerHousehold: 2.5, notesPerCase: 10 },
  city: { households: 40_000, casesPerHousehold: 2.5, notesPerCase: 10 },
} as const;

export type BenchScale = keyof typeof benchScales;

export function isBenchScale(value: string): value is BenchScale {
  return Object.hasOwn(benchScales, value);
}
