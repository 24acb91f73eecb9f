import { agencyKinds, type AgencyKind } from '../../contract/caseCodes';

const kindRank = new Map<string, number>(agencyKinds.codes.map((code, i) => [code, i]));

/**
 * Orders agencies by kind in the order users know them (地域包括 first …); a stable sort, so
 * rows already ordered by name stay so within a kind.
 */
export function sortByAgencyKind<T extends { kind: AgencyKind }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0));
}
