import { stages, type Stage } from '../../../../electron/contract';
import { defaultCaseListFilters, type CaseListFilters } from '../cases/caseListFilters';

/** The viewer's open cases as rows in stage order, stages with none left out. */
export function stageRows(
  byStage: Partial<Record<Stage, number>>,
): Array<{ stage: Stage; count: number }> {
  return stages.codes
    .map((stage) => ({ stage, count: byStage[stage] ?? 0 }))
    .filter((row) => row.count > 0);
}

/** ケース一覧's filters that show exactly what a row of the card counts. */
export function myCasesFilters(staffId: number, stage: Stage | null): CaseListFilters {
  return {
    ...defaultCaseListFilters,
    status: 'open',
    staffId: String(staffId),
    stages: stage ? [stage] : [],
  };
}
