/** A coded list (caseCodes) as Select / SegmentedControl / Checkbox data, in display order. */
export function codeOptions<K extends string>(list: {
  codes: readonly K[];
  labels: Record<K, string>;
}): Array<{ value: K; label: string }> {
  return list.codes.map((code) => ({ value: code, label: list.labels[code] }));
}

/** Whether a string from a Select is one of a list's codes (narrows it). */
export function isCode<K extends string>(
  list: { codes: readonly K[] },
  value: string | null,
): value is K {
  return value !== null && (list.codes as readonly string[]).includes(value);
}
