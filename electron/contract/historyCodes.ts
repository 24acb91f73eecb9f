/**
 * The records that keep every earlier version when corrected (真正性): each kind is stored as
 * an English code in record_revision, shown with its Japanese name.
 */
function labels<const K extends string>(map: Record<K, string>) {
  // A non-empty tuple type, as drizzle's text enums and z.enum require.
  return { codes: Object.keys(map) as [K, ...K[]], labels: map };
}

export const revisedRecords = labels({
  note: '経過記録',
  case: 'ケース',
  consent: '本人同意',
  plan: '支援プラン（案）',
});
export type RevisedRecord = (typeof revisedRecords.codes)[number];
