import type { AgencyKind, AgencyView } from '../../../../electron/contract';

export type AgencyFilter = { text: string; kind: AgencyKind | null };

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function digits(text: string): string {
  return text.normalize('NFKC').replace(/\D/gu, '');
}

/**
 * The agencies a filter keeps: of the kind chosen, and with the words in 機関名, 担当者, 所在地 or
 * メモ (full-width and half-width alike), or the digits in 電話 (hyphens ignored).
 */
export function filterAgencies(
  agencies: readonly AgencyView[],
  filter: AgencyFilter,
): AgencyView[] {
  const words = key(filter.text);
  const number = digits(filter.text);
  const phoneLike =
    number.length >= 2 && /^[\d\s()\-‐－ー−]+$/u.test(filter.text.normalize('NFKC'));
  return agencies.filter((agency) => {
    if (filter.kind !== null && agency.kind !== filter.kind) return false;
    if (words === '') return true;
    if (phoneLike && digits(agency.phone).includes(number)) return true;
    return [agency.name, agency.contactPerson, agency.address, agency.memo].some((field) =>
      key(field).includes(words),
    );
  });
}
