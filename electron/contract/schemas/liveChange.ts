import { z } from '../zodJapanese';

/** The kinds of record whose changes the office server tells the other staff's screens about. */
export const liveChangeEntities = [
  'case',
  'household',
  'person',
  'note',
  'consent',
  'plan',
  'meeting',
  'outreach',
  'match',
  'resource',
  'agency',
  'activity',
  'staff',
  'settings',
  /** Many records at once (an import, demo data): every open screen reads again. */
  'all',
] as const;
export type LiveChangeEntity = (typeof liveChangeEntities)[number];

const refSchema = z.number().int().positive().nullable();

/**
 * One change another staff member saved, as the server's event stream sends it: what kind of
 * record, its id, and the case and household it belongs to — never what was written.
 */
export const liveChangeSchema = z.strictObject({
  entity: z.enum(liveChangeEntities),
  id: refSchema,
  caseId: refSchema,
  householdId: refSchema,
});
export type LiveChange = z.infer<typeof liveChangeSchema>;

/** One message of the stream: the changes of one moment, at most a few hundred. */
export const liveChangeBatchSchema = z.strictObject({
  changes: z.array(liveChangeSchema).max(1_000),
});
