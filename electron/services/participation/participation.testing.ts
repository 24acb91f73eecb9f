import {
  matchCreateInput,
  matchFollowUpInput,
  resourceCreateInput,
} from '../../contract/schemas/participation';
import type { CallInput, ParsedInput } from '../../contract/types';

/** A directory entry as the form sends it. */
export function resourceInput(
  overrides: Partial<CallInput<'resource.create'>> = {},
): ParsedInput<'resource.create'> {
  return resourceCreateInput.parse({
    name: 'みどり農園',
    kind: 'farming',
    hostName: 'NPOみどり',
    place: 'みどり町西5-1',
    district: '西圏域',
    schedule: '火・木 9:00〜12:00',
    capacity: 3,
    ...overrides,
  });
}

export function matchInput(
  personId: number,
  resourceId: number,
  overrides: Partial<CallInput<'match.create'>> = {},
): ParsedInput<'match.create'> {
  return matchCreateInput.parse({ personId, resourceId, proposedOn: '2026-04-01', ...overrides });
}

export function followUpInput(
  matchId: number,
  overrides: Partial<CallInput<'match.followUp'>> = {},
): ParsedInput<'match.followUp'> {
  return matchFollowUpInput.parse({
    matchId,
    followedOn: '2026-04-10',
    personNote: '休まず通っている',
    ...overrides,
  });
}
