import { defaultCaseListFilters, type CaseListFilters } from './caseListFilters';

// The filters stay as they were when the user comes back from a case (for this window only).
let remembered: CaseListFilters = defaultCaseListFilters;

export function rememberedCaseListFilters(): CaseListFilters {
  return remembered;
}

export function rememberCaseListFilters(filters: CaseListFilters): void {
  remembered = filters;
}
